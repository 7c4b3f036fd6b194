using System.Text.RegularExpressions;

namespace VendorManager.Web.Pages;

/// <summary>
/// Turns a domain error path such as "Sla.CreditTiers[1].BelowPercent" into the form's key, such as
/// "Input.CreditTiers[2].BelowPercent". Forms drop blank rows before they call a service, so item 1
/// of the input can be row 2 of the form: each list remembers which form row each item came from.
/// </summary>
public sealed partial class FieldPathMap(string formPrefix, string? domainPrefix = null)
{
    private readonly Dictionary<string, List<int>> _rows = new(StringComparer.Ordinal);
    private readonly HashSet<string> _fields = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _renamed = new(StringComparer.Ordinal);

    /// <summary>Paths the form has an input for, as the domain spells them (without the domain prefix).</summary>
    public FieldPathMap Fields(params string[] fields)
    {
        _fields.UnionWith(fields);
        return this;
    }

    /// <summary>A domain path whose message belongs under a differently named input (e.g. a list entered as one text box).</summary>
    public FieldPathMap Rename(string domainField, string formField)
    {
        _renamed[domainField] = formField;
        return this;
    }

    /// <summary>Records that the next item sent in <paramref name="list"/> is the form's row <paramref name="formRow"/>.</summary>
    public void Sent(string list, int formRow)
    {
        if (!_rows.TryGetValue(list, out var rows)) _rows[list] = rows = [];
        rows.Add(formRow);
    }

    /// <summary>The ModelState key for a domain path; "" (the top of the form) when the form has no input for it.</summary>
    public string Map(string path)
    {
        var field = domainPrefix is not null && path.StartsWith(domainPrefix, StringComparison.Ordinal) ? path[domainPrefix.Length..] : path;
        if (_renamed.TryGetValue(field, out var renamed)) return formPrefix + renamed;
        if (_fields.Contains(field)) return formPrefix + field;
        if (ItemPath().Match(field) is not { Success: true } item) return "";
        var list = item.Groups["list"].Value;
        var index = int.Parse(item.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var rest = item.Groups["rest"].Value;
        if (rest.Length > 0 && _rows.TryGetValue(list, out var rows) && index < rows.Count)
            return $"{formPrefix}{list}[{rows[index]}]{rest}";
        // An item the form has no row for still lands at the list's own message.
        return _fields.Contains(list) ? formPrefix + list : "";
    }

    [GeneratedRegex(@"^(?<list>[A-Za-z]+)\[(?<index>\d+)\](?<rest>(\.[A-Za-z]+)?)$")]
    private static partial Regex ItemPath();
}
