using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace VendorManager.Web.Pages;

[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : AppPageModel
{
    public string RequestId { get; private set; } = "";

    public void OnGet() => RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
}
