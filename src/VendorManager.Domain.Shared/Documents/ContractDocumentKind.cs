namespace VendorManager.Documents;

/// <summary>What a document is to its contract; lists group and filter by it.</summary>
public enum ContractDocumentKind
{
    SignedContract = 0,
    Amendment = 1,
    SlaSchedule = 2,
    /// <summary>A quote or offer, kept beside the contract it led to.</summary>
    Quote = 3,
    Other = 4,
}
