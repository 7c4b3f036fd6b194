namespace VendorManager.Calendar;

/// <summary>What a dated entry of a contract's calendar stands for.</summary>
public enum ContractDeadlineKind
{
    /// <summary>The last day notice (or the renewal decision) can be given for a term.</summary>
    NoticeDeadline = 0,
    /// <summary>The last day a contract that is set to end covers.</summary>
    End = 1,
    /// <summary>The first day of a new term that is certain: recorded, or an automatic renewal.</summary>
    Renewal = 2,
}
