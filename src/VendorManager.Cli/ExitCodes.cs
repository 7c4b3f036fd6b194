using VendorManager.Dicom;

namespace VendorManager.Cli;

/// <summary>
/// Process exit codes: 0 only when every attempt succeeded; one distinct code per failure class so
/// scripts and monitoring plugins can branch without parsing text. With --repeat the first failure's
/// class decides.
/// </summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int InternalError = 1;
    public const int Usage = 2;
    public const int Cancelled = 130;

    public static int For(DicomOutcome outcome) => outcome switch
    {
        DicomOutcome.Success => Success,
        DicomOutcome.ConnectionRefused => 10,
        DicomOutcome.NetworkError => 11,
        DicomOutcome.TimedOut => 12,
        DicomOutcome.Rejected => 13,
        DicomOutcome.Aborted => 14,
        DicomOutcome.ConnectionClosed => 15,
        DicomOutcome.ProtocolError => 16,
        DicomOutcome.NoAcceptedContext => 17,
        DicomOutcome.DimseFailure => 18,
        _ => InternalError,
    };

    public const string Table = """
        exit codes: 0 success, 1 internal error, 2 usage, 10 connection refused, 11 network error,
                    12 timed out, 13 association rejected, 14 aborted by peer, 15 connection closed,
                    16 protocol error, 17 no accepted presentation context, 18 DIMSE failure status,
                    130 cancelled
        """;
}
