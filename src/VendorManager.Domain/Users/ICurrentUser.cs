namespace VendorManager.Users;

/// <summary>The signed-in user of the current request or job, as the domain and persistence layers see it.</summary>
public interface ICurrentUser
{
    Guid? Id { get; }
    string? UserName { get; }
    bool IsAuthenticated { get; }
    bool IsInRole(string role);
}
