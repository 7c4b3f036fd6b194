namespace VendorManager.Dicom.Dimse;

/// <summary>Status codes (PS3.7 Annex C) and their classes in words.</summary>
public static class DimseStatus
{
    public const ushort Success = 0x0000;
    public const ushort Cancel = 0xFE00;
    public const ushort Pending = 0xFF00;
    public const ushort PendingWarning = 0xFF01;

    public static bool IsPending(ushort status) => status is Pending or PendingWarning;

    public static string Describe(ushort status) => status switch
    {
        Success => "success",
        Cancel => "cancelled",
        Pending => "pending",
        PendingWarning => "pending (optional keys not supported)",
        0x0001 or 0x0107 or 0x0116 => "warning",
        0x0110 => "processing failure",
        0x0112 => "no such SOP instance",
        0x0119 => "class-instance conflict",
        0x0122 => "SOP class not supported",
        0x0124 => "refused: not authorized",
        0x0211 => "unrecognized operation",
        0x0212 => "mistyped argument",
        0xA900 => "identifier does not match SOP class",
        >= 0xA700 and <= 0xA7FF => "refused: out of resources",
        >= 0xC000 and <= 0xCFFF => "failed: unable to process",
        >= 0xB000 and <= 0xBFFF => "warning",
        _ => "failure",
    };
}
