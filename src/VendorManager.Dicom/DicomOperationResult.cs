namespace VendorManager.Dicom;

/// <summary>What every association cycle reports, success or not.</summary>
public abstract record DicomOperationResult
{
    public DicomOutcome Outcome { get; init; }

    /// <summary>One line for a human: "success", "rejected: permanent, service user, called AE title not recognized (1/1/7)", ...</summary>
    public string Reason { get; init; } = string.Empty;

    /// <summary>The stage that failed; null on success.</summary>
    public DicomStage? FailedStage { get; init; }

    /// <summary>The peer's self-description from its A-ASSOCIATE-AC; null when no AC arrived.</summary>
    public PeerIdentity? Peer { get; init; }

    /// <summary>The transfer syntax of the accepted presentation context we used.</summary>
    public string? AcceptedTransferSyntax { get; init; }

    public StageTimings Timings { get; init; } = new(null, null, null, null, TimeSpan.Zero);

    public AssociateRejection? Rejection { get; init; }

    public AbortInfo? Abort { get; init; }

    /// <summary>Status of the (final) DIMSE response, when one arrived.</summary>
    public ushort? DimseStatus { get; init; }

    public bool IsSuccess => Outcome == DicomOutcome.Success;
}
