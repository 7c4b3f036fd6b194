namespace VendorManager.Dicom;

/// <summary>
/// Wall time spent in each stage, measured with the injected <see cref="TimeProvider"/>'s timestamp.
/// A stage that never started stays null. For C-FIND, <see cref="Dimse"/> is the time to the final response.
/// </summary>
public sealed record StageTimings(
    TimeSpan? Connect,
    TimeSpan? Associate,
    TimeSpan? Dimse,
    TimeSpan? Release,
    TimeSpan Total);
