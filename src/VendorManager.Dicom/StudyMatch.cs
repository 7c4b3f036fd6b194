namespace VendorManager.Dicom;

/// <summary>One study from a C-FIND pending response; attributes the peer did not return are null.</summary>
public sealed record StudyMatch(
    string? StudyInstanceUid,
    string? PatientId,
    string? PatientName,
    string? StudyDate,
    string? StudyTime,
    string? AccessionNumber,
    string? ModalitiesInStudy,
    string? StudyDescription,
    IReadOnlyDictionary<string, string> Attributes);
