namespace VendorManager.Dicom;

/// <summary>The stages of one association cycle, each with a timing and (for failures) a place to blame.</summary>
public enum DicomStage
{
    Connect,
    Associate,
    Dimse,
    Release,
}
