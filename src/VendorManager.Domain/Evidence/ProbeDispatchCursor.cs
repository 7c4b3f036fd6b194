using VendorManager.Entities;

namespace VendorManager.Evidence;

/// <summary>How far ahead probe slots are already on the job queue; one row for the whole installation.</summary>
public class ProbeDispatchCursor : Entity<int>
{
    public const int SingletonId = 1;

    public DateTime? ScheduledThrough { get; private set; }

    private ProbeDispatchCursor() { }

    public static ProbeDispatchCursor Create() => new() { Id = SingletonId };

    /// <summary>Slots before <paramref name="through"/> are scheduled. Never moves back, so a slot is never scheduled twice.</summary>
    public void Advance(DateTime through)
    {
        EvidenceInstant.RequireUtc(through, nameof(ScheduledThrough));
        if (ScheduledThrough is null || through > ScheduledThrough) ScheduledThrough = through;
    }
}
