using System.Net.Http.Headers;
using System.Text;

namespace VendorManager.Web.Tests.Infrastructure;

/// <summary>Multipart bodies for document uploads, as a browser or curl -F would send them.</summary>
public static class DocumentUploads
{
    /// <summary>The form HttpClient builds: the file under <paramref name="fileName"/> with the declared <paramref name="declaredType"/>.</summary>
    public static MultipartFormDataContent Form(byte[] content, string fileName = "contract.pdf", string declaredType = "application/pdf",
        string kind = "SignedContract", string? title = null)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(declaredType);
        var form = new MultipartFormDataContent { { new StringContent(kind), "kind" } };
        if (title is not null) form.Add(new StringContent(title), "title");
        form.Add(file, "file", fileName);
        return form;
    }

    /// <summary>
    /// The contract page's upload form as a browser posts it: the antiforgery token and the fields
    /// under their form names; no file part at all when <paramref name="content"/> is null.
    /// </summary>
    public static MultipartFormDataContent PageForm(string antiforgeryToken, byte[]? content, string fileName = "contract.pdf",
        string declaredType = "application/pdf", string kind = "SignedContract", string title = "", string effectiveFrom = "")
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(antiforgeryToken), "__RequestVerificationToken" },
            { new StringContent(kind), "Input.Kind" },
            { new StringContent(title), "Input.Title" },
            { new StringContent(effectiveFrom), "Input.EffectiveFrom" },
        };
        if (content is not null)
        {
            var file = new ByteArrayContent(content);
            file.Headers.ContentType = MediaTypeHeaderValue.Parse(declaredType);
            form.Add(file, "Input.File", fileName);
        }
        return form;
    }

    /// <summary>
    /// A body written byte by byte, for file names HttpClient would refuse to send: the file part's
    /// Content-Disposition parameters go out exactly as given, e.g. filename*=UTF-8''a%0D%0Ab.pdf.
    /// </summary>
    public static ByteArrayContent Raw(byte[] content, string fileNameParameters, string declaredType = "application/pdf")
    {
        var boundary = "vm-" + Guid.NewGuid().ToString("N");
        using var body = new MemoryStream();
        void Write(string text) => body.Write(Encoding.UTF8.GetBytes(text));
        Write($"--{boundary}\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nAmendment\r\n");
        Write($"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; {fileNameParameters}\r\nContent-Type: {declaredType}\r\n\r\n");
        body.Write(content);
        Write($"\r\n--{boundary}--\r\n");
        var raw = new ByteArrayContent(body.ToArray());
        raw.Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/form-data; boundary={boundary}");
        return raw;
    }
}
