using System.ComponentModel.DataAnnotations;

namespace VendorManager.Common;

public class PagedAndSortedInput
{
    public const int MaxPageSize = 200;

    [Range(0, int.MaxValue)]
    public int SkipCount { get; set; }

    [Range(1, MaxPageSize)]
    public int MaxResultCount { get; set; } = 20;

    /// <summary>A field name, optionally followed by " desc", e.g. "name desc".</summary>
    [StringLength(64)]
    public string? Sorting { get; set; }
}
