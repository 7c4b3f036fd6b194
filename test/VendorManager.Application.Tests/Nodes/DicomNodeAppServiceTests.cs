using VendorManager.Nodes;
using Xunit;

namespace VendorManager.Application.Tests.Nodes;

public sealed class DicomNodeAppServiceTests : ApplicationTestBase
{
    private static CreateDicomNodeInput Archive(string name = "Main archive", string ae = "ARCHIVE") => new()
    {
        Name = name, AeTitle = ae, Host = "pacs01.hospital.local", Port = 104, Role = NodeRole.Archive, Site = "North",
        ProbeKind = ProbeKind.EchoAndFind, IntervalSeconds = 60, DegradedLatencyMs = 500, DegradedWhenFindFails = true,
    };

    private Task<T> Nodes<T>(Func<IDicomNodeAppService, Task<T>> action) => WithAsync(action);

    [Fact]
    public async Task Should_Register_A_Node_With_Its_Probe_Settings()
    {
        var created = await Nodes(s => s.CreateAsync(Archive()));
        Assert.Equal(("ARCHIVE", "VENDORMGR", 500, true), (created.AeTitle, created.CallingAeTitle, created.Probe.DegradedLatencyMs, created.Probe.DegradedWhenFindFails));
    }

    [Fact]
    public async Task Should_Move_A_Node_And_Refuse_A_Stale_Edit()
    {
        var created = await Nodes(s => s.CreateAsync(Archive()));
        var move = new UpdateDicomNodeInput
        {
            Name = created.Name, AeTitle = "ARCHIVE", Host = "10.1.2.3", Port = 11112, ConcurrencyStamp = created.ConcurrencyStamp,
            IntervalSeconds = 30,
        };
        var moved = await Nodes(s => s.UpdateAsync(created.Id, move));
        Assert.Equal(("10.1.2.3", 11112, 30), (moved.Host, moved.Port, moved.Probe.IntervalSeconds));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Nodes(s => s.UpdateAsync(created.Id, move)));
    }

    [Fact]
    public async Task Should_Free_A_Deleted_Nodes_Endpoint()
    {
        var created = await Nodes(s => s.CreateAsync(Archive()));
        await WithAsync<IDicomNodeAppService>(s => s.DeleteAsync(created.Id));
        var again = await Nodes(s => s.CreateAsync(Archive()));
        Assert.NotEqual(created.Id, again.Id);
    }
}
