namespace VendorManager.Dicom;

/// <summary>An A-ABORT's source and reason (PS3.8 9.3.8) in words.</summary>
public sealed record AbortInfo(byte Source, byte Reason)
{
    public string SourceText => Source switch
    {
        0 => "service user",
        2 => "service provider",
        _ => $"reserved source {Source}",
    };

    /// <summary>The reason is only defined when the service provider aborts.</summary>
    public string ReasonText => Source != 2 ? "not specified" : Reason switch
    {
        0 => "reason not specified",
        1 => "unrecognized PDU",
        2 => "unexpected PDU",
        4 => "unrecognized PDU parameter",
        5 => "unexpected PDU parameter",
        6 => "invalid PDU parameter value",
        _ => $"reason {Reason}",
    };

    public override string ToString() => $"{SourceText}, {ReasonText} ({Source}/{Reason})";
}
