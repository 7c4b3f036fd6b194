namespace VendorManager.Nodes;

/// <summary>A second, out-of-band place to read a node's product version. Stored by value; append only.</summary>
public enum OutOfBandVersionKind
{
    None = 0,
    /// <summary>Orthanc's REST API: GET {url}/system.</summary>
    OrthancHttp = 1,
}
