namespace VendorManager.Dicom.Network;

/// <summary>
/// Internal signal that a cycle ended in a typed non-success outcome; <see cref="DicomClient"/>
/// turns it into a result and it never escapes the library.
/// </summary>
internal sealed class DicomFailure : Exception
{
    public DicomFailure(DicomOutcome outcome, string reason, AssociateRejection? rejection = null, AbortInfo? abort = null, ushort? status = null)
        : base(reason)
    {
        Outcome = outcome;
        Rejection = rejection;
        Abort = abort;
        Status = status;
    }

    public DicomOutcome Outcome { get; }

    public AssociateRejection? Rejection { get; }

    public AbortInfo? Abort { get; }

    public ushort? Status { get; }
}
