using Hangfire.States;
using Hangfire.Storage;
using VendorManager.Jobs;

namespace VendorManager.Web.BackgroundJobs;

/// <summary>
/// Finished probe jobs leave storage after a short while instead of Hangfire's day: at 2,000 nodes a
/// minute apart a day of them would be nearly three million rows, and the evidence tables keep
/// what matters.
/// </summary>
internal sealed class ProbeJobExpiryFilter(TimeSpan keep) : IApplyStateFilter
{
    public void OnStateApplied(ApplyStateContext context, IWriteOnlyTransaction transaction)
    {
        if (context.BackgroundJob.Job?.Type == typeof(ProbeNodeJob) && context.NewState.IsFinal)
            context.JobExpirationTimeout = keep;
    }

    public void OnStateUnapplied(ApplyStateContext context, IWriteOnlyTransaction transaction) { }
}
