namespace VendorManager.Versions;

/// <summary>What one version sighting did: the observation it touched (new or existing) and any change it revealed.</summary>
public sealed class VersionSighting
{
    public VersionObservation? Observation { get; }
    /// <summary>The observation is new and must be inserted.</summary>
    public bool IsNewObservation { get; }
    public VersionChange? Change { get; }

    private VersionSighting(VersionObservation? observation, bool isNew, VersionChange? change)
    {
        Observation = observation;
        IsNewObservation = isNew;
        Change = change;
    }

    internal static VersionSighting Ignored() => new(null, false, null);
    internal static VersionSighting Seen(VersionObservation observation, bool isNew) => new(observation, isNew, null);
    internal static VersionSighting Changed(VersionObservation observation, bool isNew, VersionChange change) => new(observation, isNew, change);
}
