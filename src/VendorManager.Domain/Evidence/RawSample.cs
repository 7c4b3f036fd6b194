namespace VendorManager.Evidence;

/// <summary>One probe as a raw sample block keeps it: to the second, with latency to 10 µs.</summary>
public readonly record struct RawSample(DateTime At, ProbeState State, ProbeReason Reason, double? LatencyMs);
