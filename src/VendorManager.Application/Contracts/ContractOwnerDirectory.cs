using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using VendorManager.Identity;
using Codes = VendorManager.VendorManagerErrorCodes.Contracts;

namespace VendorManager.Contracts;

/// <summary>The people contracts can be owned by: Identity's users, read through its UserManager.</summary>
public sealed class ContractOwnerDirectory(UserManager<AppUser> users)
{
    private const string Field = nameof(ContractEditInput.OwnerId);

    /// <summary>Refuses an owner who does not exist or whose account is disabled: reminders would go nowhere.</summary>
    public async Task EnsureActiveAsync(Guid ownerId)
    {
        if (ownerId == Guid.Empty)
            throw new BusinessException(Codes.OwnerRequired, "Choose the person who owns the contract.", Field);
        var user = await users.FindByIdAsync(ownerId.ToString())
                   ?? throw new BusinessException(Codes.OwnerNotFound, $"There is no user with id {ownerId}.", Field);
        if (!user.IsActive)
            throw new BusinessException(Codes.OwnerInactive, $"{user.UserName}'s account is disabled; choose an active user as the owner.", Field);
    }

    /// <summary>Owners by id, for display, disabled ones included.</summary>
    public async Task<IReadOnlyDictionary<Guid, ContractOwnerDto>> FindAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default)
        => ids.Count == 0
            ? new Dictionary<Guid, ContractOwnerDto>()
            : await users.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
                .Select(u => new ContractOwnerDto(u.Id, u.UserName, u.DisplayName, u.IsActive))
                .ToDictionaryAsync(o => o.Id, ct);
}
