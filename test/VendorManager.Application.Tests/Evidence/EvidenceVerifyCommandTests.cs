using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Cli.Evidence;
using VendorManager.EntityFrameworkCore;
using Xunit;
using static VendorManager.Evidence.ProbeState;

namespace VendorManager.Application.Tests.Evidence;

/// <summary>`vendormanager evidence verify` against the SQLite file the app wrote, as an auditor would run it.</summary>
public sealed class EvidenceVerifyCommandTests : EvidenceTestBase
{
    private async Task<(int Exit, string Output, string Error)> VerifyAsync(params string[] extra)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        string[] args = ["verify", "--provider", "Sqlite", "--data-dir", Services.SqliteDirectory!, .. extra];
        var exit = await EvidenceCommands.RunAsync(args, output, error, CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Should_Verify_Every_Chain_And_Name_The_First_Tampered_Row()
    {
        var archive = await NewNodeAsync("Main archive", 104);
        var router = await NewNodeAsync("Router", 105);
        await RecordRunAsync(archive.Id, T(9), 60, Up, Down, Up, Degraded, Up);
        await RecordRunAsync(router.Id, T(9), 60, Up, Up, Down, Up);

        var clean = await VerifyAsync();
        Assert.Equal(0, clean.Exit);
        Assert.Contains("2 of 2 node(s) verified, 0 broken", clean.Output);

        // Shorten an outage by moving its end: the row's own hash no longer matches.
        await Services.InScopeAsync(sp => sp.GetRequiredService<VendorManagerDbContext>().Database.ExecuteSqlInterpolatedAsync(
            $"""UPDATE "EvidenceIntervals" SET "ProbeCount" = "ProbeCount" + 1 WHERE "NodeId" = {router.Id} AND "Sequence" = 2"""));

        var tampered = await VerifyAsync();
        Assert.Equal(EvidenceCommands.EvidenceBroken, tampered.Exit);
        Assert.Contains("BROKEN  Router: row 2 ", tampered.Output);
        Assert.Contains("hash does not match the row", tampered.Output);
        Assert.Contains("OK      Main archive: 5 row(s)", tampered.Output);

        var one = await VerifyAsync("--node", "main archive", "--json");
        Assert.Equal(0, one.Exit);
        Assert.Contains("\"isValid\": true", one.Output);
    }

    [Fact]
    public async Task Should_Say_Which_Node_It_Cannot_Find()
    {
        await NewNodeAsync();
        var missing = await VerifyAsync("--node", "no such node");
        Assert.Equal((EvidenceCommands.NodeNotFound, "E: no node 'no such node'"), (missing.Exit, missing.Error.Trim()));
    }
}
