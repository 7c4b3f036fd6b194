namespace VendorManager.Dicom;

/// <summary>How an echo or query ended. Each failure class is distinct so monitoring can say what broke.</summary>
public enum DicomOutcome
{
    /// <summary>Associated, the DIMSE operation returned success, and the association was released.</summary>
    Success = 0,

    /// <summary>Nothing listens on the port (TCP RST to our SYN).</summary>
    ConnectionRefused,

    /// <summary>Name resolution or routing failed before a TCP connection existed.</summary>
    NetworkError,

    /// <summary>A stage's timeout or the overall deadline passed; <see cref="DicomOperationResult.FailedStage"/> names the stage.</summary>
    TimedOut,

    /// <summary>The peer answered A-ASSOCIATE-RJ; <see cref="DicomOperationResult.Rejection"/> says why.</summary>
    Rejected,

    /// <summary>The peer sent A-ABORT; <see cref="DicomOperationResult.Abort"/> carries source and reason.</summary>
    Aborted,

    /// <summary>The peer closed or reset the TCP connection without a DICOM goodbye.</summary>
    ConnectionClosed,

    /// <summary>The peer sent bytes that break PS3.8/PS3.7; the reason says what was wrong.</summary>
    ProtocolError,

    /// <summary>Associated, but the peer accepted none of the presentation contexts we need.</summary>
    NoAcceptedContext,

    /// <summary>The DIMSE response carried a failure status; see <see cref="DicomOperationResult.DimseStatus"/>.</summary>
    DimseFailure,
}
