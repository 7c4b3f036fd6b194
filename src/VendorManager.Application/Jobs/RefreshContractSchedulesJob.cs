using VendorManager.Contracts;

namespace VendorManager.Jobs;

/// <summary>
/// Recurring (hourly): records tacit renewals that started as terms of their own and refreshes
/// contract listings whose status may have changed (see <see cref="ContractScheduleRefresher"/>).
/// Its own job rather than a step of the reminder job: reminders do not depend on it (the date
/// engine works renewals out by itself), and one failing must not hold up the other.
/// </summary>
public sealed class RefreshContractSchedulesJob(ContractScheduleRefresher refresher)
{
    public const string RecurringJobId = "refresh-contract-schedules";

    public Task<ContractScheduleRefreshResult> RunAsync(CancellationToken ct = default) => refresher.RunAsync(ct);
}
