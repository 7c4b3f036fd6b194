namespace VendorManager.Nodes.VersionSources;

/// <summary>Why a version could not be read over the node's own API.</summary>
public enum OutOfBandVersionFailure
{
    /// <summary>The base URL is not an absolute http or https URL.</summary>
    InvalidUrl,

    /// <summary>No connection: refused, unknown host, no route, or TLS failed.</summary>
    Unreachable,

    TimedOut,

    /// <summary>401 or 403: the credentials are missing or wrong, or the server refuses this client.</summary>
    Unauthorized,

    /// <summary>Something answered, but not recognisably the expected product (no such endpoint, other JSON).</summary>
    UnrecognizedProduct,

    /// <summary>An HTTP error status, or a body that is not JSON.</summary>
    BadResponse,
}
