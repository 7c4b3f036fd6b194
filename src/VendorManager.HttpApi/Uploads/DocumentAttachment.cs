using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using VendorManager.Documents;

namespace VendorManager.Uploads;

/// <summary>
/// A stored document as a response. Built in one place because the API and the contract page offer
/// the same bytes and must send them with the same protective headers.
/// </summary>
public static class DocumentAttachment
{
    public static FileStreamResult Create(ContractDocumentContent download, HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(download);
        ArgumentNullException.ThrowIfNull(response);
        // The browser must treat the bytes as the type detected at upload, never guess, and never
        // run anything in them should the file be opened from the response.
        response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        response.Headers[HeaderNames.ContentSecurityPolicy] = "default-src 'none'; sandbox";
        response.Headers[HeaderNames.CacheControl] = "private, no-cache";
        response.ContentLength = download.Size;
        // A download name makes the response an attachment: it is saved, not shown in the app's origin.
        return new FileStreamResult(download.Content, download.ContentType)
        {
            FileDownloadName = download.FileName,
            EntityTag = new EntityTagHeaderValue($"\"{download.Sha256}\""),
        };
    }
}
