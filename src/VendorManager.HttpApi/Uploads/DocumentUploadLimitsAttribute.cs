using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using VendorManager.Documents;

namespace VendorManager.Uploads;

/// <summary>
/// Holds a document upload's request to <see cref="DocumentOptions.MaxBytes"/> (plus room for the
/// form around the file) before anything is read: a request announcing more is refused at once with
/// 413, and the server stops reading one that sends more than it announced. It reads the form
/// itself, so an oversized or broken body is answered as ProblemDetails with the documents' codes.
/// An authorization filter ordered before antiforgery (as ASP.NET's own RequestFormLimits is):
/// on a Razor page, antiforgery validation would otherwise read the whole form under the default limits.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class DocumentUploadLimitsAttribute : Attribute, IAsyncAuthorizationFilter, IOrderedFilter
{
    /// <summary>Boundaries, part headers and the small fields beside the file.</summary>
    public const long FormOverheadBytes = 64 * 1024;

    /// <summary>Before antiforgery validation (1000), like RequestFormLimitsAttribute.</summary>
    public int Order => 900;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (!http.Request.HasFormContentType) return;
        var maxBytes = http.RequestServices.GetRequiredService<IOptions<DocumentOptions>>().Value.MaxBytes;
        var limit = maxBytes + FormOverheadBytes;
        if (http.Request.ContentLength > limit) throw DocumentRefusals.TooLarge(maxBytes);
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
            bodySize.MaxRequestBodySize = limit;
        http.Features.Set<IFormFeature>(new FormFeature(http.Request, new FormOptions
        {
            MultipartBodyLengthLimit = limit,
            ValueCountLimit = 16,
        }));
        try
        {
            await http.Request.ReadFormAsync(http.RequestAborted);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw DocumentRefusals.TooLarge(maxBytes);
        }
        catch (InvalidDataException ex)
        {
            throw new BusinessException(DocumentErrorCodes.FileRequired, $"The upload could not be read as a multipart form: {ex.Message}",
                DocumentRefusals.FileField);
        }
    }
}
