namespace VendorManager.Contracts;

/// <summary>The date a contract reminder counts down to.</summary>
public enum ReminderTarget
{
    /// <summary>The last day notice (or a renewal decision) can be given for the term.</summary>
    NoticeDeadline = 0,
    /// <summary>The last day a contract that is set to end covers.</summary>
    End = 1,
}
