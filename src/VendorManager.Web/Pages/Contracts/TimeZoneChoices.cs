using Microsoft.AspNetCore.Mvc.Rendering;
using NodaTime;

namespace VendorManager.Web.Pages.Contracts;

/// <summary>
/// The IANA zones a contract can be read in: NodaTime's own TZDB, as the domain validates them
/// (never the server's list, which differs per machine), grouped by region for a long select.
/// </summary>
public static class TimeZoneChoices
{
    private static readonly IReadOnlyList<(string Group, string Id)> Zones = DateTimeZoneProviders.Tzdb.Ids
        .Select(id => (Group: id.Contains('/', StringComparison.Ordinal) ? id[..id.IndexOf('/', StringComparison.Ordinal)] : "Other", Id: id))
        .OrderBy(z => z.Group == "Other").ThenBy(z => z.Group, StringComparer.Ordinal).ThenBy(z => z.Id, StringComparer.Ordinal)
        .ToList();

    /// <summary>Every zone; <paramref name="current"/> is kept even if TZDB no longer knows it, so an edit does not silently change it.</summary>
    public static List<SelectListItem> Options(string? current)
    {
        var groups = new Dictionary<string, SelectListGroup>(StringComparer.Ordinal);
        var items = Zones.Select(z => new SelectListItem(z.Id, z.Id)
        {
            Group = groups.TryGetValue(z.Group, out var g) ? g : groups[z.Group] = new SelectListGroup { Name = z.Group },
        }).ToList();
        if (!string.IsNullOrWhiteSpace(current) && !items.Exists(i => i.Value == current))
            items.Insert(0, new SelectListItem(current, current));
        return items;
    }
}
