using Microsoft.AspNetCore.Identity;

namespace VendorManager.Identity;

public class AppRole : IdentityRole<Guid>
{
    public AppRole() { }

    public AppRole(string name) : base(name) => Id = Guid.CreateVersion7();
}
