namespace VendorManager.Contracts;

/// <summary>What happens when a term ends.</summary>
public enum RenewalKind
{
    /// <summary>The contract ends with its last term; a notice period, if any, plays no part in the dates.</summary>
    None = 0,
    /// <summary>Tacit renewal: a new term follows unless notice is given by the notice deadline.</summary>
    Automatic = 1,
    /// <summary>A new term follows only when a renewal is recorded; without one the contract ends.</summary>
    ExplicitDecision = 2,
}
