namespace VendorManager.Documents;

/// <summary>A document's content ready to send: the stream, the detected media type and a safe attachment name.</summary>
public sealed record ContractDocumentContent(Stream Content, string ContentType, string FileName, long Size, string Sha256);
