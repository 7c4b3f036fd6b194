namespace VendorManager.Contracts;

public enum ContractSortField { Number, Title, Kind, Status, NextNoticeDeadline, EndsOn, CreatedAt, ModifiedAt, Vendor }

/// <summary>
/// What a contract list asks for. <see cref="NoticeDeadlineBy"/> holds a last day per group of
/// zones, because "within N days" means N days from today in each contract's own zone.
/// </summary>
public sealed record ContractQuery(
    string? Search,
    Guid? VendorId,
    ContractStatus? Status,
    ContractKind? Kind,
    IReadOnlyList<ZoneDayLimit>? NoticeDeadlineBy,
    ContractSortField SortBy,
    bool Descending,
    int Skip,
    int Take);
