using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.EntityFrameworkCore;
using VendorManager.Evidence;
using VendorManager.Nodes;
using VendorManager.Users;

namespace VendorManager.Cli.Evidence;

/// <summary>
/// `evidence verify`: checks the nodes' hash-chained evidence straight from the database, without
/// the app, so an auditor can repeat it. It reads the database settings the app reads (environment
/// variables such as Database__Provider and ConnectionStrings__Default), or the options below.
/// </summary>
public static class EvidenceCommands
{
    public const int EvidenceBroken = 20;
    public const int NodeNotFound = 21;
    public const int DatabaseUnavailable = 22;

    public const string Help = """
        usage:
          vendormanager evidence verify [--node ID|NAME ...] [--json]
                                        [--provider Sqlite|PostgreSql] [--connection CONNECTION-STRING] [--data-dir DIR]
        Without --node every node's chain is checked. The database defaults to the app's settings
        (Database__Provider, ConnectionStrings__Default, Storage__DataDirectory environment variables).
        exit codes: 0 every chain verifies, 2 usage, 20 a chain is broken (the first bad row is named),
                    21 node not found, 22 database unavailable, 1 internal error
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken ct)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            output.WriteLine(Help);
            return args.Length == 0 ? ExitCodes.Usage : ExitCodes.Success;
        }
        if (args[0] != "verify")
        {
            error.WriteLine($"E: unknown command '{args[0]}'");
            error.WriteLine(Help);
            return ExitCodes.Usage;
        }

        VerifyArguments parsed;
        try
        {
            parsed = VerifyArguments.Parse(args[1..]);
        }
        catch (ArgumentException e)
        {
            error.WriteLine($"E: {e.Message}");
            error.WriteLine(Help);
            return ExitCodes.Usage;
        }

        await using var services = Build(parsed);
        try
        {
            return await VerifyAsync(services, parsed, output, error, ct);
        }
        catch (Exception e) when (IsDatabaseFailure(e))
        {
            error.WriteLine($"E: cannot read the database: {e.GetBaseException().Message}");
            return DatabaseUnavailable;
        }
    }

    private static async Task<int> VerifyAsync(ServiceProvider services, VerifyArguments parsed, TextWriter output, TextWriter error,
        CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var nodes = scope.ServiceProvider.GetRequiredService<IDicomNodeRepository>();
        var evidence = scope.ServiceProvider.GetRequiredService<IEvidenceRepository>();

        var (all, _) = await nodes.ListAsync(new DicomNodeQuery(null, null, null, null, null, DicomNodeSortField.Name, false, 0, int.MaxValue), ct);
        var targets = new List<DicomNode>();
        foreach (var wanted in parsed.Nodes)
        {
            var match = all.FirstOrDefault(n => Guid.TryParse(wanted, out var id) ? n.Id == id : n.NormalizedName == DicomNode.NormalizeName(wanted));
            if (match is null)
            {
                error.WriteLine($"E: no node '{wanted}'");
                return NodeNotFound;
            }
            targets.Add(match);
        }
        if (parsed.Nodes.Count == 0) targets.AddRange(all);

        var broken = 0;
        var results = new List<object>();
        foreach (var node in targets)
        {
            var rows = new List<StateInterval>();
            await foreach (var row in evidence.StreamChainAsync(node.Id, ct))
                rows.Add(row);
            var result = EvidenceChainVerifier.Verify(node.Id, rows);
            if (!result.IsValid) broken++;
            if (parsed.Json)
                results.Add(new
                {
                    nodeId = node.Id, name = node.Name, isValid = result.IsValid, checkedRows = result.CheckedRows,
                    firstBrokenSequence = result.FirstBrokenSequence, firstBrokenId = result.FirstBrokenId, problem = result.Problem,
                    lastSealedHash = result.LastSealedHash,
                });
            else if (result.IsValid)
                output.WriteLine($"OK      {node.Name}: {result.CheckedRows} row(s), last sealed hash {result.LastSealedHash ?? "(none yet)"}");
            else
                output.WriteLine($"BROKEN  {node.Name}: row {result.FirstBrokenSequence} (id {result.FirstBrokenId}): {result.Problem}");
        }
        if (parsed.Json)
            output.WriteLine(JsonSerializer.Serialize(results, new JsonSerializerOptions { WriteIndented = true }));
        else
            output.WriteLine($"{targets.Count - broken} of {targets.Count} node(s) verified, {broken} broken");
        return broken == 0 ? ExitCodes.Success : EvidenceBroken;
    }

    private static ServiceProvider Build(VerifyArguments parsed)
    {
        var settings = new Dictionary<string, string?>();
        if (parsed.Provider is not null) settings["Database:Provider"] = parsed.Provider;
        if (parsed.Connection is not null) settings["ConnectionStrings:Default"] = parsed.Connection;
        if (parsed.DataDirectory is not null) settings["Storage:DataDirectory"] = parsed.DataDirectory;
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddInMemoryCollection(settings).Build();
        var database = configuration.ReadDatabaseOptions(Environment.CurrentDirectory);

        var services = new ServiceCollection();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ICurrentUser, CliUser>();
        services.AddVendorManagerEntityFrameworkCore(database);
        return services.BuildServiceProvider();
    }

    private static bool IsDatabaseFailure(Exception e)
        => e is System.Data.Common.DbException or InvalidOperationException { InnerException: System.Data.Common.DbException }
            || e.GetBaseException() is System.Data.Common.DbException or System.Net.Sockets.SocketException;

    /// <summary>Verifying only reads; nothing is audited to a user.</summary>
    private sealed class CliUser : ICurrentUser
    {
        public Guid? Id => null;
        public string? UserName => "vendormanager-cli";
        public bool IsAuthenticated => false;
        public bool IsInRole(string role) => false;
    }
}
