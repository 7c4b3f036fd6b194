using VendorManager.Versions;

namespace VendorManager.Evidence;

/// <summary>What storing one probe changed: the evidence rows, and a version change when the node's version moved.</summary>
public sealed record RecordedProbe(EvidenceChange Evidence, VersionChange? VersionChange);
