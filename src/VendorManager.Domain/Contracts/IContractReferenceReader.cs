namespace VendorManager.Contracts;

/// <summary>Which contracts still name a vendor.</summary>
public interface IContractReferenceReader
{
    /// <summary>Up to <paramref name="take"/> numbers, in order, of the vendor's contracts not deleted, and how many there are.</summary>
    Task<ContractNumbers> OfVendorAsync(Guid vendorId, int take, CancellationToken ct = default);
}

/// <summary>Some contract numbers and how many contracts there are in all.</summary>
public sealed record ContractNumbers(IReadOnlyList<string> Numbers, int Total)
{
    /// <summary>"A-1, A-2 and 3 more", for a message a person reads.</summary>
    public override string ToString()
        => string.Join(", ", Numbers) + (Total > Numbers.Count ? $" and {Total - Numbers.Count} more" : "");
}
