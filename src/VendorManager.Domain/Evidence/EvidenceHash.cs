using System.Security.Cryptography;

namespace VendorManager.Evidence;

/// <summary>The hash chain's arithmetic: SHA-256 over the previous row's hash and this row's canonical bytes.</summary>
public static class EvidenceHash
{
    /// <summary>SHA-256(bytes of <paramref name="previousHash"/> hex-decoded ‖ <paramref name="canonicalBytes"/>), lowercase hex.</summary>
    public static string Chain(string previousHash, ReadOnlySpan<byte> canonicalBytes)
    {
        var buffer = new byte[EvidenceConsts.HashLength / 2 + canonicalBytes.Length];
        Convert.FromHexString(Normalize(previousHash, "PreviousHash"), buffer.AsSpan(0, EvidenceConsts.HashLength / 2), out _, out _);
        canonicalBytes.CopyTo(buffer.AsSpan(EvidenceConsts.HashLength / 2));
        return Convert.ToHexStringLower(SHA256.HashData(buffer));
    }

    /// <summary>True for exactly 64 lowercase hex digits, the only form the chain stores.</summary>
    public static bool IsWellFormed(string? hash)
        => hash is { Length: EvidenceConsts.HashLength } && hash.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f');

    /// <summary>Accepts either case from callers, returns the stored lowercase form.</summary>
    public static string Normalize(string? hash, string field)
    {
        var lower = hash?.ToLowerInvariant();
        if (!IsWellFormed(lower))
            throw new BusinessException(EvidenceErrorCodes.HashInvalid, $"{field} must be {EvidenceConsts.HashLength} hexadecimal digits.", field);
        return lower!;
    }
}
