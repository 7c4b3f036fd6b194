using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VendorManager.Identity;
using VendorManager.Notifications.Email;

namespace VendorManager.Contracts;

/// <summary>
/// Who a contract's reminders go to: its owner, while their account is active and has an address,
/// and the procurement addresses in Contracts:Reminders:Recipients. Resolved at each attempt, so a
/// new owner or a corrected address counts from the next run.
/// </summary>
public sealed class ContractReminderRecipients(UserManager<AppUser> users, IOptions<ContractReminderOptions> options)
{
    /// <summary>The addresses of those of <paramref name="ownerIds"/> who can receive mail.</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> FindOwnerAddressesAsync(IReadOnlyCollection<Guid> ownerIds, CancellationToken ct = default)
    {
        if (ownerIds.Count == 0) return new Dictionary<Guid, string>();
        var owners = await users.Users.AsNoTracking().Where(u => ownerIds.Contains(u.Id) && u.IsActive && u.Email != null)
            .Select(u => new { u.Id, u.Email }).ToListAsync(ct);
        return owners.Where(o => EmailAddress.TryParse(o.Email, out _)).ToDictionary(o => o.Id, o => o.Email!.Trim());
    }

    /// <summary>The owner's address first, then procurement's, each once whatever its case.</summary>
    public IReadOnlyList<string> For(Guid ownerId, IReadOnlyDictionary<Guid, string> ownerAddresses)
    {
        var all = new List<string>();
        if (ownerAddresses.TryGetValue(ownerId, out var owner)) all.Add(owner);
        all.AddRange(options.Value.Recipients.Select(r => r.Trim()));
        return all.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }
}
