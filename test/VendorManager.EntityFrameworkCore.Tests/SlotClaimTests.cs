using Microsoft.Extensions.DependencyInjection;
using VendorManager.Evidence;
using VendorManager.Nodes;
using VendorManager.TestBase;
using VendorManager.TestBase.Servers;
using Xunit;

namespace VendorManager.EntityFrameworkCore.Tests;

/// <summary>A probe batch claims all its slots in one PostgreSQL statement; each slot must still go to exactly one claimant.</summary>
[Collection(PostgreSqlCollectionName.Value)]
public sealed class SlotClaimTests(PostgreSqlFixture postgres) : IAsyncLifetime
{
    private static readonly DateTime Slot = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);
    private TestServices _services = null!;

    public async Task InitializeAsync()
    {
        _services = await TestServices.PostgreSqlAsync(await postgres.Server.CreateDatabaseAsync());
        _services.CurrentUser.ActAs(Guid.NewGuid(), "pacs.admin", "Administrator");
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    private async Task<List<Guid>> NodesAsync(int count)
    {
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
            ids.Add((await _services.InScopeAsync(sp => sp.GetRequiredService<IDicomNodeAppService>().CreateAsync(new CreateDicomNodeInput
                { Name = $"Node {i}", AeTitle = "ARCHIVE", Host = $"10.0.0.{i + 1}", Port = 104, IntervalSeconds = 10 }))).Id);
        return ids;
    }

    private Task<IReadOnlySet<Guid>> ClaimAsync(IEnumerable<SlotRange> ranges)
        => _services.InScopeAsync(sp => sp.GetRequiredService<IEvidenceRepository>().TryClaimSlotRangesAsync(ranges.ToList()));

    [Fact]
    public async Task Should_Claim_Each_Nodes_Slots_Once_Whether_Or_Not_It_Was_Probed_Before()
    {
        var nodes = await NodesAsync(3);
        // Node 0 was probed before (it has a status row); nodes 1 and 2 never were.
        Assert.True(await _services.InScopeAsync(sp => sp.GetRequiredService<IEvidenceRepository>().TryClaimSlotAsync(nodes[0], Slot.AddSeconds(-10))));

        var first = await ClaimAsync(nodes.Select(n => new SlotRange(n, Slot, Slot.AddSeconds(4))));
        Assert.Equal(nodes.ToHashSet(), first.ToHashSet());

        // A copy of the batch, and a batch overlapping its end: nothing of it is claimed again.
        Assert.Empty(await ClaimAsync(nodes.Select(n => new SlotRange(n, Slot, Slot.AddSeconds(4)))));
        Assert.Empty(await ClaimAsync(nodes.Select(n => new SlotRange(n, Slot.AddSeconds(4), Slot.AddSeconds(8)))));
        // The next batch is the next batch.
        Assert.Equal(nodes.ToHashSet(), (await ClaimAsync(nodes.Select(n => new SlotRange(n, Slot.AddSeconds(10), Slot.AddSeconds(10))))).ToHashSet());
        Assert.False(await _services.InScopeAsync(sp => sp.GetRequiredService<IEvidenceRepository>().TryClaimSlotAsync(nodes[1], Slot.AddSeconds(10))));
    }

    [Fact]
    public async Task Should_Give_Each_Slot_To_One_Of_Many_Concurrent_Claimants()
    {
        var nodes = await NodesAsync(20);
        await ClaimAsync(nodes.Select(n => new SlotRange(n, Slot.AddMinutes(-1), Slot.AddMinutes(-1))));   // status rows exist

        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => ClaimAsync(nodes.Select(n => new SlotRange(n, Slot, Slot))))));

        Assert.Equal(nodes.Count, claims.Sum(c => c.Count));
        Assert.Equal(nodes.ToHashSet(), claims.SelectMany(c => c).ToHashSet());
    }
}
