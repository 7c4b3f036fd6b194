using NodaTime;

namespace VendorManager.Contracts;

/// <summary>
/// A term's dates as the date engine sees them: a stored term (<see cref="IsRecorded"/>), or one it
/// worked out (an automatic renewal that started but is not stored yet, or the term a renewal
/// would bring).
/// </summary>
public sealed record ContractTermSpan(int Sequence, LocalDate Start, LocalDate End, ContractTermOrigin Origin, bool IsRecorded)
{
    public bool Contains(LocalDate day) => day >= Start && day <= End;
}
