namespace VendorManager.Common;

public sealed record PagedResultDto<T>(IReadOnlyList<T> Items, int TotalCount);
