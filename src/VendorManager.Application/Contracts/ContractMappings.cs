using NodaTime;

namespace VendorManager.Contracts;

/// <summary>Hand-written mapping: contract days become DateOnly, coverage times TimeOnly, so clients need no NodaTime.</summary>
internal static class ContractMappings
{
    public const string DeletedNodeName = "(deleted node)";

    public static ContractDto ToDto(this Contract c, ContractDates dates, string? vendorName, ContractOwnerDto? owner,
        IReadOnlyDictionary<Guid, string> nodeNames) => new(
        c.Id, c.VendorId, vendorName, c.Number, c.Title, c.Kind,
        owner ?? new ContractOwnerDto(c.OwnerId, null, null, IsActive: false),
        c.Value, c.Currency, c.BillingPeriod, c.FeePerMeasurementPeriod, c.TimeZoneId,
        c.RenewalKind, c.RenewalPeriod.ToDto(), c.NoticePeriod.ToDto(),
        c.Terms.OrderBy(t => t.Sequence)
            .Select(t => new ContractTermDto(t.Sequence, t.Start.ToDateOnly(), t.End.ToDateOnly(), t.Origin, t.RecordedAt)).ToList(),
        c.TerminatedOn?.ToDateOnly(), c.TerminationReason, c.TerminationRecordedAt,
        c.Sla?.ToDto(),
        c.CoveredNodes
            .Select(n => new CoveredNodeDto(n.NodeId, nodeNames.TryGetValue(n.NodeId, out var name) ? name : DeletedNodeName))
            .OrderBy(n => n.Name, StringComparer.OrdinalIgnoreCase).ToList(),
        [.. c.ReminderLeadDays],
        dates.Status, dates.ToDto(),
        c.ConcurrencyStamp, c.CreatedAt, c.CreatedBy, c.ModifiedAt, c.ModifiedBy);

    public static ContractDeadlinesDto ToDto(this ContractDates d) => new(
        d.ContractId, d.TimeZoneId, d.Today.ToDateOnly(), d.Status, d.CurrentTerm.ToDto(), d.NextTerm?.ToDto(),
        Day(d.NoticeDeadline, d.NoticeDeadlineUtc), Day(d.NextNoticeDeadline, d.NextNoticeDeadlineUtc),
        Day(d.End, d.EndUtc), Day(d.NextRenewal, d.NextRenewalUtc),
        d.Reminders.Select(r => new ContractReminderDto(r.Target, r.TargetDate.ToDateOnly(), r.TargetEndsAtUtc, r.LeadDays,
            r.DueOn.ToDateOnly(), r.DueAtUtc, r.IsDue, r.IsSuperseded, r.Key)).ToList());

    public static ContractListItemDto ToDto(this ContractListRow r, IReadOnlyDictionary<Guid, string> vendorNames,
        IReadOnlyDictionary<Guid, ContractOwnerDto> owners) => new(
        r.Id, r.VendorId, vendorNames.GetValueOrDefault(r.VendorId), r.Number, r.Title, r.Kind,
        r.OwnerId, owners.GetValueOrDefault(r.OwnerId)?.UserName,
        r.Listing.Status, r.Listing.NextNoticeDeadline?.ToDateOnly(), r.Listing.EndsOn?.ToDateOnly(),
        r.TimeZoneId, r.RenewalKind, r.Value, r.Currency, r.CreatedAt, r.ModifiedAt);

    public static SlaTermsDto ToDto(this SlaTerms s) => new(
        s.AvailabilityTarget, s.MeasurementPeriod, s.TimeZoneId, s.Coverage,
        s.CoverageWindows.Select(w => new CoverageWindowDto(w.Day, w.From.ToTimeOnly(), w.To.ToTimeOnly())).ToList(),
        s.MinimumOutageMinutes, s.DegradedWeight, s.MaintenanceNoticeHours,
        s.CreditTiers.Select(t => new ServiceCreditTierDto(t.BelowPercent, t.CreditPercent)).ToList(),
        s.CreditCapPercent,
        s.SeverityTargets.Select(t => new SeverityTargetDto(t.Severity, t.ResponseMinutes, t.ResolutionMinutes)).ToList(),
        s.ClaimDeadlineDays);

    private static ContractPeriodDto ToDto(this ContractPeriod p) => new(p.Count, p.Unit);

    private static ContractTermSpanDto ToDto(this ContractTermSpan t) => new(t.Sequence, t.Start.ToDateOnly(), t.End.ToDateOnly(), t.Origin, t.IsRecorded);

    private static ContractDayDto? Day(LocalDate? date, DateTime? utc) => date is { } d && utc is { } u ? new ContractDayDto(d.ToDateOnly(), u) : null;
}
