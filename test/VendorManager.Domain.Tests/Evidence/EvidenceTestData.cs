using System.Reflection;
using VendorManager.Evidence;
using Xunit;

namespace VendorManager.Domain.Tests.Evidence;

/// <summary>Observations, a stand-in for the evidence table, and the assertion helpers the evidence tests share.</summary>
internal static class EvidenceTestData
{
    public static readonly Guid NodeId = Guid.Parse("6f1c2a7e-0b5d-4c83-9a61-3d2e8f4b71e2");
    public static readonly DateTime T0 = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);
    public const int Interval = 60;

    public static DateTime At(int seconds) => T0.AddSeconds(seconds);

    public static ProbeObservation Up(DateTime at, double? latencyMs = 12.5) => new(NodeId, at, ProbeState.Up, ProbeReason.Ok, latencyMs: latencyMs);

    public static ProbeObservation Degraded(DateTime at, ProbeReason reason = ProbeReason.Slow, double? latencyMs = 900)
        => new(NodeId, at, ProbeState.Degraded, reason, latencyMs: latencyMs);

    public static ProbeObservation Down(DateTime at, ProbeReason reason = ProbeReason.Refused, string? text = "connection refused")
        => new(NodeId, at, ProbeState.Down, reason, text);

    public static BusinessException AssertRefused(string code, Action action)
    {
        var error = Assert.Throws<BusinessException>(action);
        Assert.Equal(code, error.Code);
        return error;
    }

    /// <summary>Stands in for the private setters a database row can be edited behind, to play the tamperer.</summary>
    public static void Tamper<T>(T entity, string property, object? value)
        => typeof(T).GetProperty(property, BindingFlags.Public | BindingFlags.Instance)!.SetValue(entity, value);
}

/// <summary>A node's evidence rows as the application would keep them: it persists what the recorder returns.</summary>
internal sealed class EvidenceLog(int intervalSeconds = EvidenceTestData.Interval)
{
    private readonly List<StateInterval> _rows = [];

    public IReadOnlyList<StateInterval> Rows => _rows;
    public StateInterval? Open { get; private set; }
    public string LastSealedHash { get; private set; } = EvidenceConsts.GenesisHash;
    public long LastSequence { get; private set; }

    public EvidenceChange Record(ProbeObservation observation)
    {
        var change = NodeEvidenceRecorder.Record(Open, LastSealedHash, LastSequence, intervalSeconds, observation);
        _rows.AddRange(change.Inserted);
        Open = change.Open;
        LastSealedHash = change.LastSealedHash;
        LastSequence = change.LastSequence;
        return change;
    }

    public EvidenceLog RecordAll(params ProbeObservation[] observations)
    {
        foreach (var observation in observations) Record(observation);
        return this;
    }

    /// <summary>Probes every interval from <paramref name="fromSecond"/> up to and including <paramref name="toSecond"/>.</summary>
    public EvidenceLog Every(int fromSecond, int toSecond, Func<DateTime, ProbeObservation> probe)
    {
        for (var s = fromSecond; s <= toSecond; s += intervalSeconds) Record(probe(EvidenceTestData.At(s)));
        return this;
    }
}
