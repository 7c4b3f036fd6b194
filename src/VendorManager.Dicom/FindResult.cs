namespace VendorManager.Dicom;

/// <summary>The result of one Study Root C-FIND association cycle.</summary>
public sealed record FindResult : DicomOperationResult
{
    /// <summary>The pending responses' identifiers, in arrival order (at most <see cref="DicomClient.MaxMatchesKept"/> are kept).</summary>
    public IReadOnlyList<StudyMatch> Matches { get; init; } = [];

    /// <summary>How many pending responses arrived, kept or not.</summary>
    public int MatchCount { get; init; }

    /// <summary>True when we sent C-CANCEL-RQ after the requested number of matches.</summary>
    public bool CancelSent { get; init; }

    public TimeSpan? TimeToFirstResponse { get; init; }

    /// <summary>From sending C-FIND-RQ until the final (non-pending) response.</summary>
    public TimeSpan? TimeToFinalResponse { get; init; }
}
