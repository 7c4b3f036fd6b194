using Microsoft.AspNetCore.Identity;

namespace VendorManager.Identity;

/// <summary>A person who signs in. Identity owns the credentials; we add a display name and audit fields.</summary>
public class AppUser : IdentityUser<Guid>
{
    public string? DisplayName { get; set; }
    public DateTime CreatedAt { get; set; }
    public bool IsActive { get; set; } = true;

    public AppUser() { }

    public AppUser(string userName, string? email, DateTime createdAt)
    {
        Id = Guid.CreateVersion7();
        UserName = userName;
        Email = email;
        CreatedAt = createdAt;
        SecurityStamp = Guid.NewGuid().ToString("N");
    }
}
