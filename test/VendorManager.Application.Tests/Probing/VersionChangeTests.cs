using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Evidence;
using VendorManager.Identity;
using VendorManager.Jobs;
using VendorManager.Nodes;
using VendorManager.Seeding;
using VendorManager.TestBase;
using VendorManager.TestBase.Dicom;
using VendorManager.TestBase.Mail;
using VendorManager.Versions;
using Xunit;

namespace VendorManager.Application.Tests.Probing;

/// <summary>
/// What answers on a node's port changes from dcmtk's storescp to a dcmjs-dimse SCP: one version
/// change, and one e-mail to the administrators through a real SMTP server inside the test.
/// </summary>
public sealed class VersionChangeTests : IAsyncLifetime
{
    private const string AdminEmail = "pacs.admin@hospital.example.org";
    private SmtpTestServer smtp = null!;
    private TestServices services = null!;

    public async Task InitializeAsync()
    {
        smtp = await SmtpTestServer.StartAsync();
        services = await TestServices.SqliteAsync(new Dictionary<string, string?>
        {
            ["Smtp:Host"] = smtp.Host,
            ["Smtp:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Smtp:Security"] = "None",
            ["Smtp:FromAddress"] = "vendormanager@hospital.example.org",
            ["Seed:AdminEmail"] = AdminEmail,
            ["Seed:AdminPassword"] = "a-long-test-password-1",
        });
        await services.InScopeAsync(sp => sp.GetRequiredService<IdentityDataSeeder>().SeedAsync());
        // A second administrator without an address, and a procurement user who is not told.
        await services.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var buyer = new AppUser("buyer", "buyer@hospital.example.org", DateTime.UtcNow);
            await users.CreateAsync(buyer, "a-long-test-password-2");
            await users.AddToRoleAsync(buyer, VendorManagerRoles.Procurement);
        });
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        await smtp.DisposeAsync();
    }

    private async Task ProbeAsync(Guid nodeId)
    {
        var slot = services.Clock.GetUtcNow().UtcDateTime;
        Assert.Equal(ProbeJobOutcome.Probed, await services.InScopeAsync(sp => sp.GetRequiredService<ProbeNodeJob>().RunAsync(nodeId, slot)));
        services.Clock.Advance(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Should_Record_One_Unscheduled_Change_And_Send_One_Email_When_Another_Peer_Answers()
    {
        await using var dcmtk = new StorescpPeer(aeTitle: "ARCHIVE");
        await dcmtk.StartAsync();
        var node = await services.InScopeAsync(sp => sp.GetRequiredService<IDicomNodeAppService>().CreateAsync(new CreateDicomNodeInput
        {
            Name = "Main archive", AeTitle = "ARCHIVE", Host = "127.0.0.1", Port = dcmtk.Port, IntervalSeconds = 10,
        }));
        for (var i = 0; i < 3; i++) await ProbeAsync(node.Id);
        var lastDcmtk = services.Clock.GetUtcNow().UtcDateTime.AddSeconds(-10);

        await dcmtk.StopAsync();
        await using var dcmjs = new DcmjsDimsePeer(dcmtk.Port, "ARCHIVE");
        await dcmjs.StartAsync();
        var firstDcmjs = services.Clock.GetUtcNow().UtcDateTime;
        for (var i = 0; i < 3; i++) await ProbeAsync(node.Id);

        var timeline = await services.InScopeAsync(sp => sp.GetRequiredService<INodeEvidenceAppService>().GetVersionTimelineAsync(node.Id));
        var change = Assert.Single(timeline.Changes);
        Assert.StartsWith("OFFIS_DCMTK", change.FromVersion);
        Assert.DoesNotContain("DCMTK", change.ToVersion + change.ToIdentifier, StringComparison.OrdinalIgnoreCase);
        Assert.NotEqual(change.FromIdentifier, change.ToIdentifier);
        Assert.Equal((lastDcmtk, firstDcmjs, VersionChangeKind.Unscheduled), (change.PreviousLastSeen, change.DetectedAt, change.Kind));
        Assert.Contains("C-ECHO to ARCHIVE", change.Evidence);
        Assert.NotNull(change.NotifiedAt);
        Assert.Equal([(VersionSource.Association, 3L), (VersionSource.Association, 3L)], timeline.Observations.Select(o => (o.Source, o.TimesSeen)));

        var mail = Assert.Single(await smtp.WaitForMessagesAsync(1, TimeSpan.FromSeconds(10)));
        Assert.Equal([AdminEmail], mail.EnvelopeTo);
        Assert.Contains("Unscheduled version change on Main archive", mail.Subject);
        Assert.Contains(change.FromVersion, mail.TextBody);
        Assert.Contains(change.ToVersion, mail.TextBody);
        await Task.Delay(500);
        Assert.Single(smtp.Messages);
    }

    [Fact]
    public async Task Should_Keep_The_Change_And_Say_Why_When_The_Mail_Server_Refuses()
    {
        await using var dcmtk = new StorescpPeer(aeTitle: "ARCHIVE");
        await dcmtk.StartAsync();
        var node = await services.InScopeAsync(sp => sp.GetRequiredService<IDicomNodeAppService>().CreateAsync(new CreateDicomNodeInput
        {
            Name = "Main archive", AeTitle = "ARCHIVE", Host = "127.0.0.1", Port = dcmtk.Port, IntervalSeconds = 10,
        }));
        await ProbeAsync(node.Id);
        await dcmtk.StopAsync();
        smtp.RejectRecipient(AdminEmail);
        await using var dcmjs = new DcmjsDimsePeer(dcmtk.Port, "ARCHIVE");
        await dcmjs.StartAsync();
        await ProbeAsync(node.Id);

        var change = Assert.Single((await services.InScopeAsync(sp => sp.GetRequiredService<INodeEvidenceAppService>().GetVersionTimelineAsync(node.Id))).Changes);
        Assert.Null(change.NotifiedAt);
        Assert.Contains(AdminEmail, change.NotificationError);
    }
}
