namespace VendorManager.Nodes.VersionSources;

/// <summary>A user and password for HTTP basic authentication against a node's REST API.</summary>
public sealed record HttpBasicCredentials(string UserName, string Password)
{
    // Keeps the password out of logs and exception messages that print the record.
    public override string ToString() => $"{UserName}:***";
}
