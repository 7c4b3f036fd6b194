using Hangfire.States;
using Hangfire.Storage;
using VendorManager.Jobs;

namespace VendorManager.Web.BackgroundJobs;

/// <summary>
/// Finished probe batches leave storage after a short while instead of Hangfire's day: 17,280 a day
/// at 5-second batches, and the evidence tables keep what matters.
/// </summary>
internal sealed class ProbeJobExpiryFilter(TimeSpan keep) : IApplyStateFilter
{
    public void OnStateApplied(ApplyStateContext context, IWriteOnlyTransaction transaction)
    {
        if (context.BackgroundJob.Job?.Type == typeof(ProbeBatchJob) && context.NewState.IsFinal)
            context.JobExpirationTimeout = keep;
    }

    public void OnStateUnapplied(ApplyStateContext context, IWriteOnlyTransaction transaction) { }
}
