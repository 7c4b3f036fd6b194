using System.Globalization;
using System.Text;
using NodaTime;
using VendorManager.Notifications.Email;

namespace VendorManager.Contracts;

/// <summary>
/// The e-mail for one reminder: what date is coming (a notice deadline or the end), the date in the
/// contract's zone and the instant that day ends, the days left, and, for a reminder sent after its
/// day, the day it was due and why it is late.
/// </summary>
public static class ContractReminderMessage
{
    private static readonly CultureInfo Text = CultureInfo.InvariantCulture;

    /// <summary>
    /// A Message-Id for a new reminder, chosen once and kept on its row. The right-hand side is the
    /// sender's domain, as RFC 5322 recommends, so relays do not take it for a forged one.
    /// </summary>
    public static string NewMessageId(string? fromAddress)
    {
        var at = fromAddress?.LastIndexOf('@') ?? -1;
        var domain = at > 0 && at < fromAddress!.Length - 1 ? fromAddress[(at + 1)..].Trim() : "vendormanager.invalid";
        return $"contract-reminder.{Guid.NewGuid():N}@{domain}";
    }

    /// <summary>The path of the contract's page in the web app.</summary>
    public static string ContractPath(Guid contractId) => $"/Contracts/{contractId}";

    public static EmailMessage Compose(ContractReminderDispatch reminder, ContractReminderSubject contract, IReadOnlyList<string> recipients,
        DateTime now, string? contractUrl)
    {
        var zone = ContractTimeZone.Get(contract.TimeZoneId);
        var today = ContractTimeZone.Today(now, zone);
        var daysLeft = Period.Between(today, reminder.TargetDate, PeriodUnits.Days).Days;
        var ends = ContractTimeZone.EndOfDayUtc(reminder.TargetDate, zone);
        var name = string.IsNullOrWhiteSpace(contract.Title) ? contract.Number : $"{contract.Number} ({contract.Title})";
        var when = daysLeft switch
        {
            <= 0 => "today",
            1 => "tomorrow",
            _ => string.Create(Text, $"in {daysLeft} days"),
        };
        var subject = reminder.Target == ReminderTarget.End
            ? $"[VendorManager] Contract ends {when}, {Day(reminder.TargetDate)}: {contract.VendorName} {contract.Number}"
            : $"[VendorManager] Notice deadline {when}, {Day(reminder.TargetDate)}: {contract.VendorName} {contract.Number}";

        var body = new StringBuilder()
            .AppendLine(Text, $"{contract.VendorName}, contract {name}")
            .AppendLine()
            .AppendLine(What(reminder, contract.RenewalKind))
            .AppendLine()
            .AppendLine(Text, $"{Label(reminder.Target),-17}{LongDay(reminder.TargetDate)} ({contract.TimeZoneId}; the day ends {ends:yyyy-MM-dd HH:mm} UTC)")
            .AppendLine(Text, $"{"Days left:",-17}{Math.Max(0, daysLeft)}")
            .AppendLine(Text, $"{"Reminder:",-17}{reminder.LeadDays} days ahead, due on {Day(reminder.DueOn)}");
        if (today > reminder.DueOn)
        {
            body.AppendLine()
                .AppendLine(Text, $"This reminder was due on {Day(reminder.DueOn)} and is sent late, on {Day(today)}, because {WhyLate(reminder, contract, zone)}.");
        }
        body.AppendLine()
            .AppendLine(contractUrl is null
                ? $"Open the contract in VendorManager: Contracts, number {contract.Number}."
                : $"Open the contract: {contractUrl}")
            .AppendLine()
            .AppendLine("You receive this as the contract's owner or as a procurement address of this VendorManager installation.")
            .AppendLine(Text, $"Reminder {reminder.Key}");

        return new EmailMessage
        {
            To = recipients,
            Subject = subject,
            TextBody = body.ToString(),
            MessageId = reminder.MessageId,
        };
    }

    private static string What(ContractReminderDispatch reminder, RenewalKind renewal) => (reminder.Target, renewal) switch
    {
        (ReminderTarget.End, _) => "The contract ends on this day: it covers nothing after it. Arrange a renewal or a replacement in time.",
        (_, RenewalKind.Automatic) => "This is the last day to give notice. Without notice by then, the contract renews automatically for another term.",
        _ => "This is the last day to decide on the renewal and tell the vendor. Without a recorded renewal, the contract ends with its current term.",
    };

    private static string WhyLate(ContractReminderDispatch reminder, ContractReminderSubject contract, DateTimeZone zone)
    {
        var recordedOn = ContractTimeZone.Today(reminder.CreatedAt, zone);
        if (recordedOn <= reminder.DueOn)
        {
            return reminder.Attempts > 0
                ? string.Create(Text, $"earlier attempts to send it failed ({reminder.Attempts} so far; the last: {reminder.LastError})")
                : $"it could not be sent on its day ({reminder.LastError ?? "e-mail was not set up"})";
        }
        if (contract.ModifiedAt is { } modified && modified >= reminder.DueAtUtc)
            return $"the contract was changed on {Day(ContractTimeZone.Today(modified, zone))}, after the day the reminder fell due";
        return "no reminder run took place between that day and now (the server or its background jobs were down)";
    }

    private static string Label(ReminderTarget target) => target == ReminderTarget.End ? "Contract ends:" : "Notice deadline:";

    private static string Day(LocalDate day) => day.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static string LongDay(LocalDate day) => day.ToString("dddd d MMMM uuuu", CultureInfo.InvariantCulture);
}
