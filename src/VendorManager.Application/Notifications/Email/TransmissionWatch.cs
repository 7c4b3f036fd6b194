using MailKit;

namespace VendorManager.Notifications.Email;

/// <summary>
/// Notices when MailKit starts writing the message content (after the server's 354 to DATA, or the
/// first BDAT chunk): before that a failure means the relay has nothing; after it, until the server
/// answers, the relay may have the whole message.
/// </summary>
internal sealed class TransmissionWatch : ITransferProgress
{
    private int _started;

    public bool Started => Volatile.Read(ref _started) == 1;

    public void Report(long bytesTransferred, long totalSize) => Volatile.Write(ref _started, 1);

    public void Report(long bytesTransferred) => Volatile.Write(ref _started, 1);
}
