namespace VendorManager.Dicom;

/// <summary>An A-ASSOCIATE-RJ's result, source and reason (PS3.8 9.3.4), with the words an administrator needs.</summary>
public sealed record AssociateRejection(byte Result, byte Source, byte Reason)
{
    /// <summary>Result 1 is permanent: retrying with the same parameters will fail again.</summary>
    public bool IsPermanent => Result == 1;

    public string ResultText => Result switch
    {
        1 => "permanent",
        2 => "transient",
        _ => $"unknown result {Result}",
    };

    public string SourceText => Source switch
    {
        1 => "service user",
        2 => "service provider (ACSE)",
        3 => "service provider (presentation)",
        _ => $"unknown source {Source}",
    };

    public string ReasonText => (Source, Reason) switch
    {
        (1, 1) => "no reason given",
        (1, 2) => "application context name not supported",
        (1, 3) => "calling AE title not recognized",
        (1, 7) => "called AE title not recognized",
        (2, 1) => "no reason given",
        (2, 2) => "protocol version not supported",
        (3, 1) => "temporary congestion",
        (3, 2) => "local limit exceeded",
        _ => $"reason {Reason}",
    };

    public override string ToString() => $"{ResultText}, {SourceText}, {ReasonText} ({Result}/{Source}/{Reason})";
}
