using Microsoft.AspNetCore.Mvc.RazorPages;

namespace VendorManager.Web.Pages;

/// <summary>Pages call application services through <see cref="TryAsync"/>: a broken rule becomes an inline message, never an error page.</summary>
public abstract class AppPageModel : PageModel
{
    /// <summary>Set when the save failed because someone else saved first.</summary>
    public bool HasConflict { get; private set; }

    protected async Task<bool> TryAsync(Func<Task> action, Func<string, string>? mapField = null)
    {
        try
        {
            await action();
            return true;
        }
        catch (BusinessException ex)
        {
            ModelState.AddModelError(ex.Field is null ? "" : (mapField ?? (f => "Input." + f))(ex.Field), ex.Message);
        }
        catch (ConcurrencyConflictException ex)
        {
            HasConflict = true;
            ModelState.AddModelError("", ex.Message);
        }
        return false;
    }
}
