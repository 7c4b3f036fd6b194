namespace VendorManager.Versions;

/// <summary>Tells administrators about a version change and records on it whether that worked.</summary>
public interface IVersionChangeNotifier
{
    Task NotifyAsync(VersionChange change, CancellationToken ct = default);
}
