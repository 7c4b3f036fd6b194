using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Dicom;
using VendorManager.Evidence;
using VendorManager.Nodes;
using VendorManager.TestBase;
using VendorManager.TestBase.Dicom;
using VendorManager.TestBase.Servers;

namespace VendorManager.Benchmarks;

/// <summary>Where a probe's CPU goes outside Hangfire: the DICOM echo, and storing the evidence on PostgreSQL.</summary>
internal static class PollerParts
{
    public static async Task RunAsync(int probes)
    {
        await using var postgres = await PostgreSqlServer.StartAsync();
        var cs = await postgres.CreateDatabaseAsync("parts");
        await using var peer = new StorescpPeer(aeTitle: "ARCHIVE");
        await peer.StartAsync();
        await using var services = await TestServices.PostgreSqlAsync(cs);
        var nodes = new List<DicomNodeDto>();
        for (var i = 0; i < 200; i++)
            nodes.Add(await services.InScopeAsync(sp => sp.GetRequiredService<IDicomNodeAppService>().CreateAsync(new CreateDicomNodeInput
            { Name = $"n{i}", AeTitle = "ARCHIVE", Host = $"127.0.3.{i + 1}", Port = peer.Port, IntervalSeconds = 60 })));

        var client = new DicomClient();
        var options = new DicomAssociationOptions { Host = "127.0.0.1", Port = peer.Port, CalledAe = "ARCHIVE" };
        for (var i = 0; i < 200; i++) await client.EchoAsync(options);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < probes; i++) await client.EchoAsync(options);
        Console.WriteLine($"echo: {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / probes:0.00} ms CPU per probe");

        async Task Record(int i)
        {
            var node = nodes[i % nodes.Count];
            await services.InScopeAsync(async sp =>
            {
                var entity = await sp.GetRequiredService<IDicomNodeRepository>().GetAsync(node.Id);
                var at = services.Clock.GetUtcNow().UtcDateTime;
                await sp.GetRequiredService<ProbeEvidenceWriter>().RecordAsync(entity,
                    new ProbeObservation(node.Id, at, ProbeState.Up, ProbeReason.Ok, null, 0.2, "1.2.276.0.7230010.3.0.3.6.8", "OFFIS_DCMTK_368"), "bench");
            });
            if (i % nodes.Count == nodes.Count - 1) services.Clock.Advance(TimeSpan.FromSeconds(60));
        }
        for (var i = 0; i < 400; i++) await Record(i);
        cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var pg = ProcessCpu.ByName("postgres");
        for (var i = 0; i < probes; i++) await Record(i);
        Console.WriteLine($"evidence write: {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / probes:0.00} ms CPU per probe, postgres {ProcessCpu.Delta(pg, ProcessCpu.ByName("postgres")) * 1000 / probes:0.00} ms");
    }
}
