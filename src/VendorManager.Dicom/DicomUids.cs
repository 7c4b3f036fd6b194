namespace VendorManager.Dicom;

/// <summary>The few well-known UIDs (PS3.6 Annex A) the SCU needs.</summary>
public static class DicomUids
{
    public const string ApplicationContext = "1.2.840.10008.3.1.1.1";
    public const string Verification = "1.2.840.10008.1.1";
    public const string StudyRootQueryRetrieveFind = "1.2.840.10008.5.1.4.1.2.2.1";
    public const string ImplicitVrLittleEndian = "1.2.840.10008.1.2";
    public const string ExplicitVrLittleEndian = "1.2.840.10008.1.2.1";
    public const string ExplicitVrBigEndian = "1.2.840.10008.1.2.2";

    /// <summary>A readable name for the UIDs we negotiate, for human output.</summary>
    public static string Describe(string? uid) => uid switch
    {
        ImplicitVrLittleEndian => "Implicit VR Little Endian",
        ExplicitVrLittleEndian => "Explicit VR Little Endian",
        ExplicitVrBigEndian => "Explicit VR Big Endian",
        Verification => "Verification",
        StudyRootQueryRetrieveFind => "Study Root Query/Retrieve FIND",
        null => "(none)",
        _ => uid,
    };
}
