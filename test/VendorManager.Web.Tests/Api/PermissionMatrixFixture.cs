using System.Net.Http.Json;
using VendorManager.Identity;
using VendorManager.Nodes;
using VendorManager.Users;
using VendorManager.Vendors;
using VendorManager.Web.Tests.Infrastructure;
using Xunit;

namespace VendorManager.Web.Tests.Api;

/// <summary>One host, one user and token per role, shared by every row of the matrix.</summary>
public sealed class PermissionMatrixFixture : IAsyncLifetime
{
    public VendorManagerWebFactory Factory { get; } = new();
    private readonly Dictionary<string, string> _tokens = [];
    private readonly Dictionary<string, HttpClient> _cookieClients = [];

    public async Task InitializeAsync()
    {
        foreach (var role in VendorManagerRoles.All)
        {
            var (user, token) = await Factory.CreateUserWithTokenAsync(role);
            _tokens[role] = token;
            _cookieClients[role] = (await CookieSignIn.SignInAsync(Factory, user.UserName!, VendorManagerWebFactory.AdminPassword)).Client;
        }
    }

    public HttpClient ApiClient(string? role) => role is null ? Factory.CreateNoRedirectClient() : Factory.CreateTokenClient(_tokens[role]);

    public HttpClient PageClient(string? role) => role is null ? Factory.CreateNoRedirectClient() : _cookieClients[role];

    public HttpClient Admin => ApiClient(VendorManagerRoles.Administrator);

    public async Task<VendorDto> NewVendorAsync()
    {
        var response = await Admin.PostAsJsonAsync("/api/vendors", new { name = "Vendor " + Guid.NewGuid().ToString("N")[..10], kinds = "Pacs" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<VendorDto>(Json.Options))!;
    }

    /// <summary>A valid, unique node as the API takes it.</summary>
    public static Dictionary<string, object?> NodeBody()
    {
        var id = Guid.NewGuid().ToString("N")[..8];
        return new() { ["name"] = $"Node {id}", ["aeTitle"] = $"AE{id}", ["host"] = $"node-{id}.hospital.local", ["port"] = 104, ["role"] = "Modality" };
    }

    public async Task<DicomNodeDto> NewNodeAsync()
    {
        var response = await Admin.PostAsJsonAsync("/api/nodes", NodeBody());
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<DicomNodeDto>(Json.Options))!;
    }

    public async Task<UserDto> NewUserAsync()
    {
        var name = "u" + Guid.NewGuid().ToString("N")[..10];
        var response = await Admin.PostAsJsonAsync("/api/users", new { userName = name, email = $"{name}@hospital.example.org", password = "long enough password", roles = new[] { "Auditor" } });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<UserDto>(Json.Options))!;
    }

    public async Task DisposeAsync()
    {
        foreach (var c in _cookieClients.Values) c.Dispose();
        await Factory.DisposeAsync();
    }
}
