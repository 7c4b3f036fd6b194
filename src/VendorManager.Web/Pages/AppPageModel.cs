using Microsoft.AspNetCore.Mvc.RazorPages;

namespace VendorManager.Web.Pages;

/// <summary>Pages call application services through <see cref="TryAsync"/>: a broken rule becomes an inline message, never an error page.</summary>
public abstract class AppPageModel : PageModel
{
    /// <summary>Set when the save failed because someone else saved first.</summary>
    public bool HasConflict { get; private set; }

    /// <param name="mapField">
    /// A domain field path to the form's key; "" puts the message at the top of the form, for
    /// paths the form has no input for (a message must never be dropped).
    /// </param>
    protected async Task<bool> TryAsync(Func<Task> action, Func<string, string>? mapField = null)
    {
        var map = mapField ?? (f => "Input." + f);
        try
        {
            await action();
            return true;
        }
        catch (BusinessValidationException ex)
        {
            // Every broken field at once, each under its own input.
            foreach (var error in ex.Errors) ModelState.AddModelError(map(error.Field), error.Message);
            if (ex.Errors.Count > 1)
                ModelState.AddModelError("", $"{ex.Errors.Count} entries need correcting; each is marked at its field.");
        }
        catch (BusinessException ex)
        {
            ModelState.AddModelError(ex.Field is null ? "" : map(ex.Field), ex.Message);
        }
        catch (ConcurrencyConflictException ex)
        {
            HasConflict = true;
            ModelState.AddModelError("", ex.Message);
        }
        return false;
    }
}
