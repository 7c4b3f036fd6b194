namespace VendorManager.Contracts;

public static class ContractReminderConsts
{
    /// <summary>The date engine's keys are about 80 characters ("contract:{id}:notice-deadline:2026-09-30:90d").</summary>
    public const int MaxKeyLength = 128;
    /// <summary>RFC 5322 leaves a Message-Id's length to the line limit; ours are far shorter.</summary>
    public const int MaxMessageIdLength = 255;
    /// <summary>The owner and the procurement list; a longer list is a distribution list's job.</summary>
    public const int MaxRecipients = 50;
    /// <summary>RFC 5321's limit for a forward path.</summary>
    public const int MaxRecipientLength = 254;
    public const int MaxErrorLength = 1000;
    public const int MaxNoteLength = 500;
}
