namespace VendorManager.Common;

internal static class Sorting
{
    /// <summary>"field" or "field desc" into a sort field; an unknown field falls back to <paramref name="fallback"/>.</summary>
    public static (TField Field, bool Descending) Parse<TField>(string? sorting, TField fallback) where TField : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(sorting)) return (fallback, false);
        var parts = sorting.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var descending = parts.Length > 1 && parts[1].Equals("desc", StringComparison.OrdinalIgnoreCase);
        return (Enum.TryParse<TField>(parts[0], ignoreCase: true, out var field) ? field : fallback, descending);
    }
}
