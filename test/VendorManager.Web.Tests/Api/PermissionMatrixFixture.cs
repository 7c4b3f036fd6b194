using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using VendorManager.Contracts;
using VendorManager.Documents;
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

    private Guid? _ownerId;

    /// <summary>An active user to own contracts, made once per host.</summary>
    public async Task<Guid> OwnerIdAsync() => _ownerId ??= (await NewUserAsync()).Id;

    /// <summary>
    /// A valid contract as the API takes it: a year from <paramref name="start"/> (by default, a year
    /// that is running whatever today is), renewing automatically with three months' notice.
    /// </summary>
    public static Dictionary<string, object?> ContractBody(Guid vendorId, Guid ownerId, DateOnly? start = null, string renewalKind = "Automatic")
    {
        var first = start ?? DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-100);
        return new()
        {
            ["vendorId"] = vendorId, ["number"] = "C-" + Guid.NewGuid().ToString("N")[..10], ["title"] = "PACS maintenance",
            ["kind"] = "ServiceMaintenance", ["ownerId"] = ownerId,
            ["start"] = first.ToString("yyyy-MM-dd"), ["end"] = first.AddYears(1).AddDays(-1).ToString("yyyy-MM-dd"),
            ["renewalKind"] = renewalKind, ["renewalPeriod"] = new { count = 1, unit = "Years" }, ["noticePeriod"] = new { count = 3, unit = "Months" },
            ["value"] = 120000m, ["currency"] = "EUR", ["billingPeriod"] = "Annually",
        };
    }

    public async Task<ContractDto> NewContractAsync(DateOnly? start = null, string renewalKind = "Automatic")
    {
        var response = await Admin.PostAsJsonAsync("/api/contracts", ContractBody((await NewVendorAsync()).Id, await OwnerIdAsync(), start, renewalKind));
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException(await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ContractDto>(Json.Options))!;
    }

    /// <summary>A PDF uploaded to <paramref name="contractId"/> (a new contract when none is given).</summary>
    public async Task<(Guid ContractId, ContractDocumentDto Document)> NewDocumentAsync(Guid? contractId = null)
    {
        var id = contractId ?? (await NewContractAsync()).Id;
        using var form = DocumentUploads.Form(TestBase.Documents.SampleDocuments.Pdf());
        var response = await Admin.PostAsync($"/api/contracts/{id}/documents", form);
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException(await response.Content.ReadAsStringAsync());
        return (id, (await response.Content.ReadFromJsonAsync<ContractDocumentDto>(Json.Options))!);
    }

    /// <summary>
    /// A new contract with one reminder in its log in <paramref name="state"/> (uncertain or failed:
    /// awaiting a person's decision), written straight to the log as the job would have left it.
    /// </summary>
    public async Task<(ContractDto Contract, Guid ReminderId)> NewContractWithReminderAsync(ReminderDispatchState state = ReminderDispatchState.Uncertain)
    {
        var contract = await NewContractAsync();
        var now = DateTime.UtcNow;
        var target = LocalDate.FromDateOnly(contract.Terms[^1].End).PlusMonths(-3);
        var due = new ContractReminderDue
        {
            ContractId = contract.Id, Target = ReminderTarget.NoticeDeadline, TargetDate = target, LeadDays = 30, DueOn = target.PlusDays(-30),
            IsDue = true, IsSuperseded = false, Key = ContractDateEngine.ReminderKey(contract.Id, ReminderTarget.NoticeDeadline, target, 30),
            DueAtUtc = now.AddDays(-1), TargetEndsAtUtc = now.AddDays(30),
        };
        var row = ContractReminderDispatch.Record(due, $"contract-reminder.{Guid.NewGuid():N}@hospital.example.org", now.AddDays(-1));
        row.BeginAttempt(["owner@hospital.example.org"], now.AddHours(-1));
        if (state == ReminderDispatchState.Failed)
            row.RecordRefusal("550 mailbox unavailable", now.AddHours(-1), maxAttempts: 1);
        else
            row.MarkUncertain("the connection broke after the message was transmitted", now.AddHours(-1));
        await using var scope = Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IContractReminderDispatchRepository>().InsertNewAsync([row]);
        return (contract, row.Id);
    }

    /// <summary>The body of PUT /api/contracts/{id} that keeps <paramref name="c"/> as it is.</summary>
    public static Dictionary<string, object?> UpdateBody(ContractDto c) => new()
    {
        ["number"] = c.Number, ["title"] = c.Title, ["kind"] = c.Kind.ToString(), ["ownerId"] = c.Owner.Id,
        ["value"] = c.Value, ["currency"] = c.Currency, ["billingPeriod"] = c.BillingPeriod.ToString(), ["timeZoneId"] = c.TimeZoneId,
        ["renewalKind"] = c.RenewalKind.ToString(),
        ["renewalPeriod"] = new { count = c.RenewalPeriod.Count, unit = c.RenewalPeriod.Unit.ToString() },
        ["noticePeriod"] = new { count = c.NoticePeriod.Count, unit = c.NoticePeriod.Unit.ToString() },
        ["start"] = c.Terms[^1].Start.ToString("yyyy-MM-dd"), ["end"] = c.Terms[^1].End.ToString("yyyy-MM-dd"),
        ["concurrencyStamp"] = c.ConcurrencyStamp,
    };

    /// <summary>Valid SLA terms as the API takes them: office hours on Monday, two credit tiers, one severity target.</summary>
    public static Dictionary<string, object?> SlaBody() => new()
    {
        ["availabilityTarget"] = 99.9m, ["measurementPeriod"] = "Month", ["coverage"] = "WeeklySchedule",
        ["coverageWindows"] = new object[] { new { day = "Monday", from = "07:30", to = "18:00" }, new { day = "Saturday", from = "08:00", to = "00:00" } },
        ["minimumOutageMinutes"] = 5, ["degradedWeight"] = 0.5m, ["maintenanceNoticeHours"] = 168,
        ["creditTiers"] = new object[] { new { belowPercent = 99.9m, creditPercent = 5m }, new { belowPercent = 99.5m, creditPercent = 10m } },
        ["creditCapPercent"] = 25m,
        ["severityTargets"] = new object[] { new { severity = "Critical", responseMinutes = 30, resolutionMinutes = 240 } },
        ["claimDeadlineDays"] = 30,
    };

    public async Task DisposeAsync()
    {
        foreach (var c in _cookieClients.Values) c.Dispose();
        await Factory.DisposeAsync();
    }
}
