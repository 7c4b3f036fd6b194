namespace VendorManager.Contracts;

/// <summary>How a term came about.</summary>
public enum ContractTermOrigin
{
    /// <summary>The term the contract was signed for.</summary>
    Initial = 0,
    /// <summary>Added because the term before it ended without notice (automatic renewal).</summary>
    TacitRenewal = 1,
    /// <summary>Added by a recorded renewal decision.</summary>
    ExplicitRenewal = 2,
}
