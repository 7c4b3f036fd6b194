namespace VendorManager.Contracts;

/// <summary>Bound from "Contracts:Reminders".</summary>
public sealed class ContractReminderOptions
{
    public const string SectionName = "Contracts:Reminders";

    /// <summary>
    /// Addresses that receive every contract reminder besides the contract's owner, typically
    /// procurement's shared mailbox. Checked at start-up.
    /// </summary>
    public List<string> Recipients { get; set; } = [];

    /// <summary>
    /// Attempts refused by the relay before a reminder is marked failed for a person to look at. With
    /// the hourly job, the default rides out three days of a relay being down.
    /// </summary>
    public int MaxAttempts { get; set; } = 72;
}
