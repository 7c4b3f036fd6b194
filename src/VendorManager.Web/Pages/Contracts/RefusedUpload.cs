using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using VendorManager.Documents;

namespace VendorManager.Web.Pages.Contracts;

/// <summary>
/// A refused upload on its way back to the contract page: the upload posts to a page of its own and
/// redirects, so what was chosen and typed and every message (keyed as the form's fields) travel in
/// TempData. The file itself cannot travel: a browser never lets a page fill in a file input.
/// </summary>
public sealed record RefusedUpload(
    Guid ContractId,
    string? FileName,
    ContractDocumentKind Kind,
    string? Title,
    DateOnly? EffectiveFrom,
    IReadOnlyList<RefusedUpload.Message> Messages)
{
    public const string TempDataKey = "Documents.RefusedUpload";

    public sealed record Message(string Field, string Text);

    public DocumentUploadForm Form() => new() { Kind = Kind, Title = Title, EffectiveFrom = EffectiveFrom };

    public static RefusedUpload From(Guid contractId, DocumentUploadForm input, ModelStateDictionary modelState)
    {
        var messages = modelState
            .SelectMany(entry => entry.Value!.Errors.Select(e => new Message(entry.Key,
                // A value that failed to bind can carry an exception and no message.
                string.IsNullOrEmpty(e.ErrorMessage) ? "This value is not valid." : Capped(e.ErrorMessage)!)))
            .ToList();
        return new(contractId, Capped(Readable(input.File?.FileName)), input.Kind, Capped(input.Title), input.EffectiveFrom, messages);
    }

    /// <summary>The name as the uploader's machine sent it, less what would reorder or hide text in the message (line breaks, right-to-left overrides).</summary>
    private static string? Readable(string? name)
        => name is null ? null : string.Concat(name.Where(c => !char.IsControl(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format));

    /// <summary>TempData travels in a cookie: a pasted essay must not push it past what browsers keep.</summary>
    private static string? Capped(string? text) => text is { Length: > MaxCarriedLength } ? text[..MaxCarriedLength] : text;

    private const int MaxCarriedLength = 1000;

    public string ToJson() => JsonSerializer.Serialize(this);

    /// <summary>Null for anything else under the key, such as the shape of an older version.</summary>
    public static RefusedUpload? FromJson(object? value)
    {
        if (value is not string json) return null;
        try
        {
            return JsonSerializer.Deserialize<RefusedUpload>(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
