using System.Net;
using System.Net.Sockets;

namespace VendorManager.Nodes;

/// <summary>A host as a node's address: an IPv4 or IPv6 address, or an RFC 1123 host name. Checked for syntax only: no DNS look-up.</summary>
public static class HostName
{
    public static string Validate(string? value, string field = "Host")
    {
        var host = value?.Trim() ?? "";
        if (host.StartsWith('[') && host.EndsWith(']')) host = host[1..^1];
        if (host.Length == 0)
            throw Invalid("Host is required: a host name such as pacs01.hospital.local or an address such as 10.1.2.3.", field);
        if (host.Length > DicomNodeConsts.MaxHostLength)
            throw Invalid($"Host is {host.Length} characters; a host name has at most {DicomNodeConsts.MaxHostLength}.", field);
        if (host.Contains(':') && IPAddress.TryParse(host, out var v6) && v6.AddressFamily == AddressFamily.InterNetworkV6)
            return v6.ToString();
        if (LooksLikeDottedQuad(host))
        {
            // Only the full a.b.c.d form: IPAddress.Parse would also take "10.1" as 10.0.0.1.
            var parts = host.Split('.');
            if (parts.Length == 4 && parts.All(p => p.Length is > 0 and <= 3 && int.Parse(p, System.Globalization.CultureInfo.InvariantCulture) <= 255))
                return string.Join('.', parts.Select(p => int.Parse(p, System.Globalization.CultureInfo.InvariantCulture)));
            throw Invalid($"'{host}' is not a valid IPv4 address (four numbers 0-255, e.g. 10.1.2.3).", field);
        }
        if (!IsHostName(host))
            throw Invalid($"'{host}' is neither an IP address nor a valid host name (letters, digits and hyphens in dot-separated labels).", field);
        return host.ToLowerInvariant();
    }

    private static bool LooksLikeDottedQuad(string host) => host.All(c => char.IsAsciiDigit(c) || c == '.');

    private static bool IsHostName(string host)
        => host.TrimEnd('.').Split('.').All(label =>
            label.Length is > 0 and <= 63
            && label.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')
            && label[0] != '-' && label[^1] != '-');

    private static BusinessException Invalid(string message, string field)
        => new(VendorManagerErrorCodes.Nodes.HostInvalid, message, field);
}
