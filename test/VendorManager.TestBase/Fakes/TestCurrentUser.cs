using VendorManager.Users;

namespace VendorManager.TestBase.Fakes;

/// <summary>The acting user in application tests; set it to act as someone.</summary>
public sealed class TestCurrentUser : ICurrentUser
{
    public Guid? Id { get; set; }
    public string? UserName { get; set; }
    public HashSet<string> Roles { get; } = new(StringComparer.OrdinalIgnoreCase);
    public bool IsAuthenticated => Id is not null;
    public bool IsInRole(string role) => Roles.Contains(role);

    public void ActAs(Guid id, string userName, params string[] roles)
    {
        Id = id;
        UserName = userName;
        Roles.Clear();
        foreach (var r in roles) Roles.Add(r);
    }
}
