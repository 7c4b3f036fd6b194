namespace VendorManager.Vendors;

internal static class VendorSorting
{
    /// <summary>"name", "kinds desc", "createdAt", "modifiedAt desc"; anything else sorts by name.</summary>
    public static (VendorSortField Field, bool Descending) Parse(string? sorting)
    {
        if (string.IsNullOrWhiteSpace(sorting)) return (VendorSortField.Name, false);
        var parts = sorting.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var descending = parts.Length > 1 && parts[1].Equals("desc", StringComparison.OrdinalIgnoreCase);
        var field = Enum.TryParse<VendorSortField>(parts[0], ignoreCase: true, out var f) ? f : VendorSortField.Name;
        return (field, descending);
    }
}
