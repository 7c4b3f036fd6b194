using Microsoft.AspNetCore.Mvc.Rendering;

namespace VendorManager.Web.Pages.Contracts;

/// <summary>
/// The covered-nodes chooser: a checkbox per node, the chosen ones first, with a filter box (script)
/// for registries of hundreds or thousands of nodes. It replaced a multi-select, where one click
/// without Ctrl silently dropped every other choice.
/// </summary>
/// <param name="FieldName">The form field every checkbox posts, e.g. "Input.CoveredNodeIds".</param>
public sealed record NodeChecklist(string FieldName, IReadOnlyList<SelectListItem> Choices, IReadOnlyCollection<Guid> Selected)
{
    public IEnumerable<(SelectListItem Item, bool Chosen)> Ordered
        => Choices.Select(c => (Item: c, Chosen: Guid.TryParse(c.Value, out var id) && Selected.Contains(id)))
            .OrderByDescending(c => c.Chosen);

    public string IdFor(int index) => FieldName.Replace('.', '_') + "_" + index;
}
