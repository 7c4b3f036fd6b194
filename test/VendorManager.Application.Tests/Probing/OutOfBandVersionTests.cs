using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Application.Tests.Evidence;
using VendorManager.EntityFrameworkCore;
using VendorManager.Jobs;
using VendorManager.Nodes;
using VendorManager.TestBase.Dicom;
using VendorManager.Versions;
using Xunit;

namespace VendorManager.Application.Tests.Probing;

/// <summary>A node whose product version is also read from Orthanc's REST API, behind a password.</summary>
public sealed class OutOfBandVersionTests : EvidenceTestBase
{
    [Fact]
    public async Task Should_Record_Orthancs_Own_Version_Beside_The_Toolkit_Version_And_Keep_The_Password_Protected()
    {
        await using var orthanc = new OrthancPeer(credentials: new OrthancCredentials("monitor", "s3cret-monitor"));
        await orthanc.StartAsync();
        var node = await WithAsync<IDicomNodeAppService, DicomNodeDto>(s => s.CreateAsync(new CreateDicomNodeInput
        {
            Name = "Orthanc", AeTitle = orthanc.AeTitle, Host = "127.0.0.1", Port = orthanc.Port, IntervalSeconds = 10,
            VersionSourceKind = OutOfBandVersionKind.OrthancHttp, VersionSourceUrl = orthanc.HttpBaseAddress.ToString(),
            VersionSourceUserName = "monitor", VersionSourcePassword = "s3cret-monitor",
        }));
        Assert.Equal((OutOfBandVersionKind.OrthancHttp, "monitor", true), (node.VersionSource.Kind, node.VersionSource.UserName, node.VersionSource.HasPassword));
        var stored = await Services.InScopeAsync(sp => sp.GetRequiredService<VendorManagerDbContext>().Database
            .SqlQuery<string>($"""SELECT "VersionSourcePassword" AS "Value" FROM "DicomNodes" WHERE "Id" = {node.Id}""").SingleAsync());
        Assert.DoesNotContain("s3cret", stored);

        var slot = Services.Clock.GetUtcNow().UtcDateTime;
        Assert.Equal(ProbeJobOutcome.Probed, await WithAsync<ProbeNodeJob, ProbeJobOutcome>(j => j.RunAsync(node.Id, slot)));

        var timeline = await EvidenceAsync(s => s.GetVersionTimelineAsync(node.Id));
        var product = Assert.Single(timeline.Observations, o => o.Source == VersionSource.OrthancHttp);
        Assert.Equal(("Orthanc", await OrthancPeer.InstalledVersionAsync()), (product.Identifier, product.Version));
        Assert.StartsWith("OFFIS_DCMTK", Assert.Single(timeline.Observations, o => o.Source == VersionSource.Association).Version);

        // An edit that leaves the password empty keeps it.
        var edited = await WithAsync<IDicomNodeAppService, DicomNodeDto>(s => s.UpdateAsync(node.Id, new UpdateDicomNodeInput
        {
            Name = "Orthanc PACS", AeTitle = node.AeTitle, Host = node.Host, Port = node.Port, IntervalSeconds = 10,
            VersionSourceKind = OutOfBandVersionKind.OrthancHttp, VersionSourceUrl = node.VersionSource.BaseUrl, VersionSourceUserName = "monitor",
            ConcurrencyStamp = node.ConcurrencyStamp,
        }));
        Assert.True(edited.VersionSource.HasPassword);
    }

    [Theory]
    [InlineData("orthanc:8042")]
    [InlineData("ftp://orthanc.hospital.local")]
    [InlineData("http://user:pw@orthanc.hospital.local:8042")]
    [InlineData("")]
    public async Task Should_Refuse_A_Version_Source_Url_That_Is_Not_An_Http_Api_Root(string url)
    {
        var error = await Assert.ThrowsAsync<BusinessException>(() => WithAsync<IDicomNodeAppService, DicomNodeDto>(s => s.CreateAsync(new CreateDicomNodeInput
        {
            Name = "Orthanc", AeTitle = "ORTHANC", Host = "127.0.0.1", Port = 4242,
            VersionSourceKind = OutOfBandVersionKind.OrthancHttp, VersionSourceUrl = url,
        })));
        Assert.Equal((VendorManagerErrorCodes.Nodes.VersionSourceUrlInvalid, "VersionSourceUrl"), (error.Code, error.Field));
    }
}
