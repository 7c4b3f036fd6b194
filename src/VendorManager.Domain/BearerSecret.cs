using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace VendorManager;

/// <summary>
/// Secrets that act as credentials (API tokens, calendar feed URLs): 256 random bits in base64url
/// behind a recognisable prefix, stored only as their SHA-256, so a database dump cannot be replayed.
/// </summary>
public static class BearerSecret
{
    /// <summary>A new secret: <paramref name="prefix"/> and 43 base64url characters (safe in a URL path and a header).</summary>
    public static string New(string prefix) => prefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    /// <summary>What is stored and looked up: the secret's SHA-256 as upper-case hex.</summary>
    public static string Hash(string secret) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
