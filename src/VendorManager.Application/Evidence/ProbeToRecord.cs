using VendorManager.Nodes;

namespace VendorManager.Evidence;

/// <summary>One probe's observation waiting to be stored, with the line that describes how it was made.</summary>
public sealed record ProbeToRecord(DicomNode Node, ProbeObservation Observation, string Description);
