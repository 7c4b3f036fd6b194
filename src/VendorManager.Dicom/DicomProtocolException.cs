namespace VendorManager.Dicom;

/// <summary>
/// The one exception the protocol layer throws for bytes that break PS3.8/PS3.7: a parser that
/// meets hostile or truncated input raises this and nothing else, so callers can map it to a
/// typed <see cref="DicomOutcome.ProtocolError"/> without catching broad exception types.
/// </summary>
public sealed class DicomProtocolException : Exception
{
    public DicomProtocolException(string message)
        : base(message)
    {
    }

    public DicomProtocolException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
