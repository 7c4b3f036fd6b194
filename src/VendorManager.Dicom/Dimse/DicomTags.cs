namespace VendorManager.Dicom.Dimse;

/// <summary>The attribute tags (group &lt;&lt; 16 | element) that C-ECHO and a Study Root C-FIND use.</summary>
public static class DicomTags
{
    public const uint CommandGroupLength = 0x0000_0000;
    public const uint AffectedSopClassUid = 0x0000_0002;
    public const uint CommandField = 0x0000_0100;
    public const uint MessageId = 0x0000_0110;
    public const uint MessageIdBeingRespondedTo = 0x0000_0120;
    public const uint Priority = 0x0000_0700;
    public const uint CommandDataSetType = 0x0000_0800;
    public const uint Status = 0x0000_0900;
    public const uint ErrorComment = 0x0000_0902;

    public const uint SpecificCharacterSet = 0x0008_0005;
    public const uint StudyDate = 0x0008_0020;
    public const uint StudyTime = 0x0008_0030;
    public const uint AccessionNumber = 0x0008_0050;
    public const uint QueryRetrieveLevel = 0x0008_0052;
    public const uint ModalitiesInStudy = 0x0008_0061;
    public const uint StudyDescription = 0x0008_1030;
    public const uint PatientName = 0x0010_0010;
    public const uint PatientId = 0x0010_0020;
    public const uint StudyInstanceUid = 0x0020_000D;
    public const uint StudyId = 0x0020_0010;
    public const uint NumberOfStudyRelatedInstances = 0x0020_1208;

    public const uint Item = 0xFFFE_E000;
    public const uint ItemDelimitation = 0xFFFE_E00D;
    public const uint SequenceDelimitation = 0xFFFE_E0DD;

    public static string Format(uint tag) => $"({tag >> 16:X4},{tag & 0xFFFF:X4})";
}
