using NodaTime;
using VendorManager.Entities;

namespace VendorManager.Contracts;

/// <summary>
/// One period the contract runs for, as whole days in the contract's zone: Start is the first day
/// covered, End the last (inclusive). Terms are contiguous and never deleted, so the history of
/// renewals stays readable; only the latest term's dates can be corrected.
/// </summary>
[Audited]
public class ContractTerm : Entity<Guid>, IChildEntity
{
    public Guid ContractId { get; private set; }
    /// <summary>1 for the initial term, then 2, 3... in date order.</summary>
    public int Sequence { get; private set; }
    public LocalDate Start { get; private set; }
    public LocalDate End { get; private set; }
    public ContractTermOrigin Origin { get; private set; }
    /// <summary>When the term was added (UTC); for a tacit renewal, when the roll-over recorded it.</summary>
    public DateTime RecordedAt { get; private set; }

    Type IChildEntity.RootType => typeof(Contract);
    object IChildEntity.RootId => ContractId;

    private ContractTerm() { }

    internal ContractTerm(Guid contractId, int sequence, LocalDate start, LocalDate end, ContractTermOrigin origin, DateTime recordedAt)
        : base(NewId(recordedAt))
    {
        ContractId = contractId;
        Sequence = sequence;
        Start = start;
        End = end;
        Origin = origin;
        RecordedAt = recordedAt;
    }

    internal void Correct(LocalDate start, LocalDate end)
    {
        Start = start;
        End = end;
    }

    public bool Contains(LocalDate day) => day >= Start && day <= End;

    private static Guid NewId(DateTime at)
        => at >= DateTime.UnixEpoch ? Guid.CreateVersion7(new DateTimeOffset(at.Ticks, TimeSpan.Zero)) : Guid.NewGuid();
}
