using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VendorManager.Common;
using VendorManager.Notifications.Email;

namespace VendorManager.Contracts;

/// <summary>What one sending pass did.</summary>
public sealed record ContractReminderSendResult(int Sent, int Refused, int Failed, int Uncertain, int Waiting, int ClaimedElsewhere);

/// <summary>
/// Sends pending reminders, each in three commits: the claim (the row moves to Sending, conditional
/// on its revision, so one instance gets it), the send, and the outcome. A refusal before the
/// message was transmitted queues it again; anything that leaves open whether the relay took it makes
/// it Uncertain, for a person to decide. Nothing is ever re-sent by itself after it may have arrived:
/// exactly once when all goes well, at most once when it does not.
/// </summary>
public sealed class ContractReminderDispatcher(
    IContractReminderDispatchRepository log,
    ContractReminderLogWriter writer,
    IContractReminderSource contracts,
    ContractReminderRecipients recipients,
    IEmailSender email,
    IUnitOfWork unitOfWork,
    IOptionsMonitor<SmtpOptions> smtp,
    IOptions<ContractReminderOptions> options,
    IOptions<AppOptions> app,
    TimeProvider clock,
    ILogger<ContractReminderDispatcher> logger)
{
    /// <summary>
    /// An attempt still recorded as running after this long was abandoned: a send cannot outlast
    /// Smtp:TimeoutSeconds (at most 10 minutes), so its instance stopped before recording the outcome.
    /// </summary>
    public static readonly TimeSpan SendingLease = TimeSpan.FromSeconds(SmtpOptionsValidator.MaxTimeoutSeconds) + TimeSpan.FromMinutes(5);

    /// <summary>Marks attempts whose instance stopped mid-send as Uncertain. Returns how many.</summary>
    public async Task<int> SettleAbandonedAsync(CancellationToken ct = default)
    {
        var now = Now();
        var cutoff = now - SendingLease;
        var settled = 0;
        foreach (var stale in await log.ListAbandonedAsync(cutoff, ct))
        {
            var settledRow = await writer.TryChangeAsync(stale.Id, row => row.Revision == stale.Revision && row.WasAbandonedBefore(cutoff),
                row => row.MarkUncertain(
                    $"The attempt that began {row.LastAttemptAt:yyyy-MM-dd HH:mm} UTC never recorded its outcome (the app stopped or lost its database while sending); "
                    + "the relay may or may not have taken the message. Ask the recipients, then confirm it or queue it again.", now), ct);
            if (settledRow is not null) settled++;
        }
        if (settled > 0) logger.LogWarning("{Count} contract reminder(s) were being sent when their instance stopped: marked uncertain for a person to check", settled);
        return settled;
    }

    public async Task<ContractReminderSendResult> SendPendingAsync(CancellationToken ct = default)
    {
        var rows = await log.ListPendingAsync(ct);
        if (rows.Count == 0) return new ContractReminderSendResult(0, 0, 0, 0, 0, 0);
        var subjects = await contracts.ReadSubjectsAsync(rows.Select(r => r.ContractId).Distinct().ToList(), ct);
        var owners = await recipients.FindOwnerAddressesAsync(subjects.Values.Select(s => s.OwnerId).Distinct().ToList(), ct);
        var relayProblem = RelayProblem();
        int sent = 0, refused = 0, failed = 0, uncertain = 0, waiting = 0, elsewhere = 0;
        foreach (var snapshot in rows)
        {
            ct.ThrowIfCancellationRequested();
            // Deleted since planning: the next run cancels it.
            if (!subjects.TryGetValue(snapshot.ContractId, out var subject)) continue;
            var to = recipients.For(subject.OwnerId, owners);
            var waitReason = relayProblem ?? (to.Count == 0
                ? "Nobody to send it to: the owner has no active account with an e-mail address and Contracts:Reminders:Recipients is empty."
                : null);
            if (waitReason is not null)
            {
                // Written once per reason, not every hour for every waiting row.
                if (snapshot.LastError == waitReason || await ChangeAsync(snapshot, row => row.NoteWaiting(waitReason), ct) is not null) waiting++;
                continue;
            }

            var outcome = await SendOneAsync(snapshot, subject, to, ct);
            switch (outcome)
            {
                case ReminderDispatchState.Sent: sent++; break;
                case ReminderDispatchState.Pending: refused++; break;
                case ReminderDispatchState.Failed: failed++; break;
                case ReminderDispatchState.Uncertain: uncertain++; break;
                case null: elsewhere++; break;
            }
        }
        return new ContractReminderSendResult(sent, refused, failed, uncertain, waiting, elsewhere);
    }

    /// <summary>Claims, sends and records one reminder; the state it ends in, or null when another instance had it.</summary>
    private async Task<ReminderDispatchState?> SendOneAsync(ContractReminderDispatch snapshot, ContractReminderSubject subject, IReadOnlyList<string> to,
        CancellationToken ct)
    {
        // Composed before the claim: the text reports the attempts before this one.
        var message = ContractReminderMessage.Compose(snapshot, subject, to, Now(), app.Value.Link(ContractReminderMessage.ContractPath(subject.ContractId)));
        var row = await ChangeAsync(snapshot, r => r.BeginAttempt(to, Now()), ct, keepTracking: true);
        if (row is null) return null;

        EmailSendResult result;
        try
        {
            result = await email.SendAsync(message, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The host is stopping: whatever the relay got, the row says Sending and becomes Uncertain later.
            throw;
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Sending contract reminder {Key} failed unexpectedly; marked uncertain", row.Key);
            result = EmailSendResult.Failed(EmailFailureKind.Unexpected, $"the sender failed unexpectedly: {ex.GetType().Name}: {ex.Message}", mayHaveBeenDelivered: true);
        }

        var now = Now();
        if (result.IsSent)
            row.MarkSent(now);
        else if (result.MayHaveBeenDelivered)
            row.MarkUncertain($"It may or may not have reached the relay: {result.Reason}. Ask the recipients, then confirm it or queue it again.", now);
        else
            row.RecordRefusal(result.Reason ?? result.Status.ToString(), now, options.Value.MaxAttempts);
        var state = row.State;
        // If this save fails the row stays Sending, and becomes Uncertain after the lease: never sent twice.
        await writer.TrySaveAsync(ct);
        unitOfWork.DiscardChanges();
        if (state == ReminderDispatchState.Failed)
            logger.LogWarning("Contract reminder {Key} failed {Attempts} times and is given up: {Reason}", row.Key, row.Attempts, result.Reason);
        return state;
    }

    /// <summary>Applies <paramref name="change"/> if the row is still pending at the snapshot's revision; null when another instance moved it.</summary>
    private Task<ContractReminderDispatch?> ChangeAsync(ContractReminderDispatch snapshot, Action<ContractReminderDispatch> change,
        CancellationToken ct, bool keepTracking = false)
        => writer.TryChangeAsync(snapshot.Id, row => row.State == ReminderDispatchState.Pending && row.Revision == snapshot.Revision,
            change, ct, keepTracking);

    /// <summary>Why nothing can be sent at all, or null when a relay is configured.</summary>
    private string? RelayProblem()
    {
        try
        {
            return smtp.CurrentValue.Enabled ? null : "E-mail is not set up: set Smtp:Host (and Smtp:FromAddress) to send reminders.";
        }
        catch (OptionsValidationException invalid)
        {
            return $"The Smtp settings are invalid: {invalid.Message}";
        }
    }

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;
}
