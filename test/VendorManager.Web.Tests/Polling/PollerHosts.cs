using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Evidence;
using VendorManager.Identity;
using VendorManager.Jobs;
using VendorManager.Nodes;
using VendorManager.Probing;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Polling;

/// <summary>Helpers for tests that let the real Hangfire servers probe real peers on the real clock.</summary>
internal static class PollerHosts
{
    public const int Interval = 10;

    /// <summary>A host with a job server whose minute dispatcher is off: the test schedules the slots it wants.</summary>
    public static VendorManagerWebFactory Start(string connectionString, bool migrate = false)
    {
        var host = new VendorManagerWebFactory(connectionString, jobServer: true, migrateOnStartup: migrate, settings: new Dictionary<string, string?>
        {
            [$"BackgroundJobs:Recurring:{DispatchProbesJob.RecurringJobId}"] = "",
            ["Probing:MaxConcurrency"] = "4",
        });
        _ = host.Server;
        return host;
    }

    public static async Task<DicomNodeDto> CreateNodeAsync(VendorManagerWebFactory host, string name, string address, int port, string aeTitle)
    {
        var (_, token) = await host.CreateUserWithTokenAsync(VendorManagerRoles.Administrator);
        var response = await host.CreateTokenClient(token).PostAsJsonAsync("/api/nodes", new
        {
            name, aeTitle, host = address, port, intervalSeconds = Interval, role = "Archive",
        });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<DicomNodeDto>(Json.Options))!;
    }

    /// <summary>Schedules the node's slots in [from, to) on this host's job queue, a batch per slot.</summary>
    public static IReadOnlyList<DateTime> Schedule(VendorManagerWebFactory host, Guid nodeId, DateTime from, DateTime to)
    {
        var scheduler = host.Services.GetRequiredService<IProbeJobScheduler>();
        var slots = ProbeSlots.Between(nodeId, Interval, from, to).ToList();
        foreach (var slot in slots) scheduler.Schedule([new ProbeSlot(nodeId, slot)], slot);
        return slots;
    }

    public static async Task<NodeHistoryDto> HistoryAsync(VendorManagerWebFactory host, Guid nodeId, DateTime from, DateTime to)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<INodeEvidenceAppService>().GetHistoryAsync(nodeId, from, to);
    }

    /// <summary>Waits until the node has <paramref name="count"/> raw samples since <paramref name="from"/>, and a little longer for stragglers.</summary>
    public static async Task<NodeHistoryDto> WaitForSamplesAsync(VendorManagerWebFactory host, Guid nodeId, DateTime from, int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var history = await HistoryAsync(host, nodeId, from, DateTime.UtcNow.AddMinutes(5));
            if (history.Samples.Count >= count)
            {
                await Task.Delay(TimeSpan.FromSeconds(2));
                return await HistoryAsync(host, nodeId, from, DateTime.UtcNow.AddMinutes(5));
            }
            if (DateTime.UtcNow > deadline)
            {
                var monitoring = host.Services.GetRequiredService<Hangfire.JobStorage>().GetMonitoringApi();
                var failed = string.Join("\n", monitoring.FailedJobs(0, 5).Select(j => $"{j.Value.ExceptionType}: {j.Value.ExceptionMessage}"));
                throw new TimeoutException($"Node {nodeId} has {history.Samples.Count} of {count} probe samples after {timeout.TotalSeconds} s. "
                    + $"Servers {string.Join(", ", monitoring.Servers().Select(s => $"{s.Name} [{string.Join(",", s.Queues)}] x{s.WorkersCount}"))}; now {DateTime.UtcNow:O}; scheduled {monitoring.ScheduledCount()} {string.Join(" ", monitoring.ScheduledJobs(0, 3).Select(j => $"{j.Value.EnqueueAt:O}/{j.Value.InScheduledState}/{j.Value.LoadException?.Message}"))}, enqueued {monitoring.EnqueuedCount("probes")}, succeeded {monitoring.SucceededListCount()}, failed:\n{failed}");
            }
            await Task.Delay(500);
        }
    }
}
