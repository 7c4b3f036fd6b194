namespace VendorManager.Versions;

/// <summary>
/// Whether a version change was expected. Every change is unscheduled until upgrade plans with
/// maintenance windows exist to match it against; the numeric values are stored, append only.
/// </summary>
public enum VersionChangeKind
{
    Unscheduled = 0,
}
