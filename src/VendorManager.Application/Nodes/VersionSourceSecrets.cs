using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace VendorManager.Nodes;

/// <summary>
/// Protects the passwords of out-of-band version sources with Data Protection, whose keys live in
/// the database and are shared by every app instance; a database dump alone does not reveal them.
/// </summary>
public sealed class VersionSourceSecrets(IDataProtectionProvider provider)
{
    private readonly IDataProtector protector = provider.CreateProtector("VendorManager.Nodes.VersionSourcePassword.v1");

    public string Protect(string password) => protector.Protect(password);

    /// <summary>The password, or null when the keys that protected it are gone (it must then be entered again).</summary>
    public string? TryUnprotect(string? protectedPassword)
    {
        if (protectedPassword is null) return null;
        try
        {
            return protector.Unprotect(protectedPassword);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
