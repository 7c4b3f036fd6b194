namespace VendorManager.Dicom.Dimse;

/// <summary>Command Field values of PS3.7 Annex E that the SCU sends or expects.</summary>
public static class CommandField
{
    public const ushort CEchoRequest = 0x0030;
    public const ushort CEchoResponse = 0x8030;
    public const ushort CFindRequest = 0x0020;
    public const ushort CFindResponse = 0x8020;
    public const ushort CCancelRequest = 0x0FFF;

    /// <summary>Command Data Set Type meaning "no data set follows"; any other value means one follows.</summary>
    public const ushort NoDataSet = 0x0101;

    /// <summary>The value DCMTK writes when a data set follows (any value but 0x0101 means that).</summary>
    public const ushort DataSetPresent = 0x0001;
}
