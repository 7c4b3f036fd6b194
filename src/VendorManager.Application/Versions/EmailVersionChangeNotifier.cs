using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using VendorManager.Identity;
using VendorManager.Nodes;
using VendorManager.Notifications.Email;

namespace VendorManager.Versions;

/// <summary>
/// E-mails every administrator with an address about a version change, and records on the change
/// whether that worked, so a change nobody was told about shows up as such.
/// </summary>
public sealed class EmailVersionChangeNotifier(
    UserManager<AppUser> users,
    IDicomNodeRepository nodes,
    IVersionEvidenceRepository versions,
    IEmailSender email,
    IUnitOfWork unitOfWork,
    TimeProvider clock,
    ILogger<EmailVersionChangeNotifier> logger) : IVersionChangeNotifier
{
    public async Task NotifyAsync(VersionChange change, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        var recipients = (await users.GetUsersInRoleAsync(VendorManagerRoles.Administrator))
            .Where(u => !string.IsNullOrWhiteSpace(u.Email) && (u.LockoutEnd is null || u.LockoutEnd <= clock.GetUtcNow()))
            .Select(u => u.Email!)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

        var tracked = await versions.FindChangeAsync(change.Id, ct) ?? change;
        if (recipients.Count == 0)
        {
            tracked.MarkNotificationFailed("no administrator has an e-mail address");
        }
        else
        {
            var node = await nodes.FindAsync(change.NodeId, ct);
            var result = await email.SendAsync(Compose(change, node, recipients), ct);
            if (result.IsSent)
            {
                tracked.MarkNotified(clock.GetUtcNow().UtcDateTime);
            }
            else
            {
                tracked.MarkNotificationFailed(result.Reason ?? result.Status.ToString());
                logger.LogWarning("Version change {ChangeId} was not e-mailed: {Result}", change.Id, result);
            }
        }
        await unitOfWork.SaveChangesAsync(ct);
    }

    internal static EmailMessage Compose(VersionChange change, DicomNode? node, IReadOnlyList<string> recipients)
    {
        var name = node?.Name ?? change.NodeId.ToString();
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"{name} now answers as {change.To} (was {change.From}).")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Node:        {name}{(node is null ? "" : $" ({node.AeTitle} at {node.Host}:{node.Port})")}")
            .AppendLine(CultureInfo.InvariantCulture, $"Source:      {change.Source}")
            .AppendLine(CultureInfo.InvariantCulture, $"From:        {change.From}, last seen {change.PreviousLastSeen:yyyy-MM-dd HH:mm:ss} UTC")
            .AppendLine(CultureInfo.InvariantCulture, $"To:          {change.To}, first seen {change.DetectedAt:yyyy-MM-dd HH:mm:ss} UTC")
            .AppendLine(CultureInfo.InvariantCulture, $"Kind:        {change.Kind} (no upgrade window covers it)")
            .AppendLine(CultureInfo.InvariantCulture, $"Evidence:    {change.Evidence}")
            .AppendLine()
            .AppendLine("The change happened between the two sightings. If nobody planned it, ask the vendor what was installed.")
            .ToString();
        return new EmailMessage
        {
            To = recipients,
            Subject = $"[VendorManager] Unscheduled version change on {name}: {change.To}",
            TextBody = text,
        };
    }
}
