namespace VendorManager.Dicom.Dimse;

/// <summary>One top-level data element as read: its VR is known only in Explicit VR transfer syntaxes.</summary>
public sealed record DicomElement(uint Tag, string? Vr, ReadOnlyMemory<byte> Value);
