namespace VendorManager.Dicom.Pdus;

/// <summary>A decoded Upper Layer PDU (PS3.8 9.3). Encode with <see cref="PduEncoder"/>, decode with <see cref="PduDecoder"/>.</summary>
public abstract record Pdu(PduType Type);

/// <summary>One proposed presentation context: an abstract syntax and the transfer syntaxes we can speak.</summary>
public sealed record PresentationContextProposal(byte Id, string AbstractSyntax, IReadOnlyList<string> TransferSyntaxes);

/// <summary>The acceptor's answer for one context; Result 0 is acceptance (PS3.8 9.3.3.2).</summary>
public sealed record PresentationContextAnswer(byte Id, byte Result, string? TransferSyntax)
{
    public bool IsAccepted => Result == 0;

    public string ResultText => Result switch
    {
        0 => "acceptance",
        1 => "user rejection",
        2 => "no reason (provider rejection)",
        3 => "abstract syntax not supported (provider rejection)",
        4 => "transfer syntaxes not supported (provider rejection)",
        _ => $"unknown result {Result}",
    };
}

/// <summary>
/// User information (item 0x50). Unknown sub-items are skipped on decode; Maximum Length 0 means
/// the sender accepts P-DATA-TF PDUs of any length. A missing Maximum Length item decodes as null.
/// </summary>
public sealed record UserInformation(uint? MaxLength, string? ImplementationClassUid, string? ImplementationVersionName);

public sealed record AssociateRequestPdu(
    string CalledAe,
    string CallingAe,
    string ApplicationContext,
    IReadOnlyList<PresentationContextProposal> PresentationContexts,
    UserInformation UserInformation,
    ushort ProtocolVersion = 1) : Pdu(PduType.AssociateRequest);

public sealed record AssociateAcceptPdu(
    string CalledAe,
    string CallingAe,
    string ApplicationContext,
    IReadOnlyList<PresentationContextAnswer> PresentationContexts,
    UserInformation UserInformation,
    ushort ProtocolVersion = 1) : Pdu(PduType.AssociateAccept);

/// <summary>A-ASSOCIATE-RJ: result, source and reason/diag (PS3.8 9.3.4); see <see cref="AssociateRejection"/> for words.</summary>
public sealed record AssociateRejectPdu(byte Result, byte Source, byte Reason) : Pdu(PduType.AssociateReject);

/// <summary>One presentation data value: a fragment of a command or data set for one context.</summary>
public sealed record Pdv(byte PresentationContextId, bool IsCommand, bool IsLastFragment, ReadOnlyMemory<byte> Data);

public sealed record PDataTransferPdu(IReadOnlyList<Pdv> Values) : Pdu(PduType.PDataTransfer);

public sealed record ReleaseRequestPdu() : Pdu(PduType.ReleaseRequest);

public sealed record ReleaseResponsePdu() : Pdu(PduType.ReleaseResponse);

/// <summary>A-ABORT: source 0 service user, 2 service provider; reason only meaningful for source 2.</summary>
public sealed record AbortPdu(byte Source, byte Reason) : Pdu(PduType.Abort);
