namespace VendorManager.Evidence;

/// <summary>
/// What the evidence says about a node at a moment. The numeric values are stored in raw sample
/// blocks, and the names are hashed into the evidence chain, so neither may ever change.
/// </summary>
public enum ProbeState
{
    Up = 0,
    /// <summary>Associated, but slow or the functional query failed.</summary>
    Degraded = 1,
    /// <summary>Refused, timed out, rejected, aborted: the node did not serve.</summary>
    Down = 2,
    /// <summary>A monitoring gap: no evidence either way, because nobody probed.</summary>
    Unknown = 3,
}
