namespace VendorManager.Nodes;

internal static class DicomNodeMappings
{
    public static DicomNodeDto ToDto(this DicomNode n, IReadOnlyDictionary<Guid, string> vendorNames) => new(
        n.Id, n.Name, n.AeTitle, n.Host, n.Port, n.CallingAeTitle, n.Role, n.Site, n.VendorId,
        n.VendorId is { } v && vendorNames.TryGetValue(v, out var name) ? name : null,
        n.ExpectedVersion,
        new ProbeSettingsDto(n.Probe.Kind, n.Probe.IntervalSeconds, n.Probe.DegradedLatencyMs, n.Probe.DegradedWhenFindFails),
        new VersionSourceDto(n.VersionSource.Kind, n.VersionSource.BaseUrl, n.VersionSource.UserName, n.VersionSource.ProtectedPassword is not null),
        n.Enabled, n.ConcurrencyStamp, n.CreatedAt, n.ModifiedAt);
}
