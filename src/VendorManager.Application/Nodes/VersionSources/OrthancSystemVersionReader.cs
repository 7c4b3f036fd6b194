using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace VendorManager.Nodes.VersionSources;

/// <summary>
/// Reads the software version of an Orthanc node from its REST API (GET {baseUrl}/system), as a
/// second source beside what the DICOM association reveals: the Implementation Version Name an
/// Orthanc sends is DCMTK's, not Orthanc's own release. Problems come back as a typed result.
/// </summary>
public sealed class OrthancSystemVersionReader(IHttpClientFactory httpClients, ILogger<OrthancSystemVersionReader> logger)
{
    public const string HttpClientName = "VendorManager.OrthancSystem";

    public const string ProductName = "Orthanc";

    /// <summary>For the whole request, body included; the named client is registered with it.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    // /system is well under 2 KB; anything far larger is not Orthanc and is not worth reading.
    private const int MaxResponseBytes = 64 * 1024;

    /// <summary>Accepts an absolute http or https URL without user info, query or fragment, e.g. "http://pacs01:8042/".</summary>
    public static bool TryParseBaseUrl(string? baseUrl, out Uri uri, out string error)
    {
        uri = null!;
        error = string.Empty;
        if (!Uri.TryCreate(baseUrl?.Trim(), UriKind.Absolute, out var parsed)
            || (parsed.Scheme != Uri.UriSchemeHttp && parsed.Scheme != Uri.UriSchemeHttps))
        {
            // Not echoed when it may carry a password ("ftp://user:pw@host").
            var shown = baseUrl is null || baseUrl.Contains('@', StringComparison.Ordinal) ? "the URL" : $"'{Clip(baseUrl)}'";
            error = $"{shown} is not an absolute http or https URL such as http://pacs01:8042/";
            return false;
        }

        if (!string.IsNullOrEmpty(parsed.UserInfo))
        {
            // A password in the URL would be stored and logged with it; credentials have their own fields.
            error = "the URL must not contain a user name or password: give them as credentials";
            return false;
        }

        if (!string.IsNullOrEmpty(parsed.Query) || !string.IsNullOrEmpty(parsed.Fragment))
        {
            error = "the URL must be the REST API root, without a query or fragment";
            return false;
        }

        uri = parsed.AbsolutePath.EndsWith('/') ? parsed : new Uri(parsed.AbsoluteUri + "/");
        return true;
    }

    public async Task<OutOfBandVersionResult> ReadAsync(string baseUrl, HttpBasicCredentials? credentials = null, CancellationToken ct = default)
    {
        if (!TryParseBaseUrl(baseUrl, out var root, out var error))
        {
            return Failed(root, OutOfBandVersionFailure.InvalidUrl, error);
        }

        var url = new Uri(root, "system");
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (credentials is not null)
        {
            var token = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{credentials.UserName}:{credentials.Password}"));
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", token);
        }

        var client = httpClients.CreateClient(HttpClientName);

        // The client's timeout stops at the headers when streaming; this one also covers the body.
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(client.Timeout);
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
            var status = (int)response.StatusCode;
            if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            {
                var why = credentials is null ? "it requires credentials" : $"it refused the credentials of '{Clip(credentials.UserName)}'";
                return Failed(root, OutOfBandVersionFailure.Unauthorized, $"{url} answered {status} {response.ReasonPhrase}: {why}", status);
            }

            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return Failed(root, OutOfBandVersionFailure.UnrecognizedProduct,
                    $"{url} answered 404: this is not the root of an Orthanc REST API", status);
            }

            if (!response.IsSuccessStatusCode)
            {
                return Failed(root, OutOfBandVersionFailure.BadResponse, $"{url} answered {status} {Clip(response.ReasonPhrase ?? string.Empty)}", status);
            }

            var body = await ReadLimitedAsync(response.Content, deadline.Token);
            return body is null
                ? Failed(root, OutOfBandVersionFailure.BadResponse, $"{url} sent more than {MaxResponseBytes / 1024} KB: not Orthanc's /system", status)
                : Interpret(root, url, body, status);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (OperationCanceledException)
        {
            return Failed(root, OutOfBandVersionFailure.TimedOut, $"{url} did not answer within {client.Timeout.TotalSeconds:0} s");
        }
        catch (HttpRequestException failure)
        {
            return FromRequestError(root, url, failure);
        }
        catch (IOException lost)
        {
            return Failed(root, OutOfBandVersionFailure.Unreachable, $"the connection to {url.Authority} was lost: {Clip(lost.Message)}");
        }
    }

    private OutOfBandVersionResult Interpret(Uri root, Uri url, byte[] body, int status)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            var start = Clip(Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 200)));
            return Failed(root, OutOfBandVersionFailure.BadResponse, $"{url} did not answer with JSON (it began '{start}')", status);
        }

        using (document)
        {
            var system = document.RootElement;
            if (system.ValueKind != JsonValueKind.Object
                || !system.TryGetProperty("Version", out var version) || version.ValueKind != JsonValueKind.String
                || string.IsNullOrWhiteSpace(version.GetString()))
            {
                return Failed(root, OutOfBandVersionFailure.UnrecognizedProduct, $"{url} answered JSON without a \"Version\" string: not Orthanc's /system", status);
            }

            // "Version" alone is too common; these have been in Orthanc's /system for many releases.
            if (!system.TryGetProperty("DicomAet", out _) && !system.TryGetProperty("ApiVersion", out _) && !system.TryGetProperty("DatabaseVersion", out _))
            {
                return Failed(root, OutOfBandVersionFailure.UnrecognizedProduct, $"{url} answered JSON that lacks Orthanc's DicomAet, ApiVersion and DatabaseVersion", status);
            }

            var result = OutOfBandVersionResult.Success(
                version.GetString()!,
                ProductName,
                instanceName: StringOrNull(system, "Name"),
                dicomAeTitle: StringOrNull(system, "DicomAet"),
                apiVersion: system.TryGetProperty("ApiVersion", out var api) && api.TryGetInt32(out var number) ? number : null,
                httpStatus: status);
            logger.LogDebug("{Url} reports {Product} {Version}", url, result.ProductName, result.Version);
            return result;
        }
    }

    private OutOfBandVersionResult FromRequestError(Uri root, Uri url, HttpRequestException failure)
    {
        var target = url.Authority;
        var (kind, reason) = failure.HttpRequestError switch
        {
            HttpRequestError.NameResolutionError => (OutOfBandVersionFailure.Unreachable, $"the host '{url.Host}' was not found in DNS"),
            HttpRequestError.ConnectionError when failure.InnerException is System.Net.Sockets.SocketException
                { SocketErrorCode: System.Net.Sockets.SocketError.ConnectionRefused } =>
                (OutOfBandVersionFailure.Unreachable, $"connection refused by {target}: nothing listens on that port"),
            HttpRequestError.ConnectionError => (OutOfBandVersionFailure.Unreachable, $"no connection to {target}: {Clip(failure.Message)}"),
            HttpRequestError.SecureConnectionError => (OutOfBandVersionFailure.Unreachable,
                $"the TLS handshake with {target} failed (untrusted certificate, or no TLS on that port)"),
            HttpRequestError.InvalidResponse or HttpRequestError.ResponseEnded => (OutOfBandVersionFailure.BadResponse,
                $"{target} did not answer as an HTTP server: {Clip(failure.Message)}"),
            _ => (OutOfBandVersionFailure.BadResponse, $"the request to {url} failed: {Clip(failure.Message)}"),
        };
        return Failed(root, kind, reason);
    }

    private static async Task<byte[]?> ReadLimitedAsync(HttpContent content, CancellationToken ct)
    {
        await using var stream = await content.ReadAsStreamAsync(ct);
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxResponseBytes)
            {
                return null;
            }
        }

        return buffer.ToArray();
    }

    private static string? StringOrNull(JsonElement system, string name) =>
        system.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private OutOfBandVersionResult Failed(Uri? root, OutOfBandVersionFailure failure, string reason, int? status = null)
    {
        logger.LogInformation("No {Product} version from {Url}: {Failure}: {Reason}", ProductName, root, failure, reason);
        return OutOfBandVersionResult.Failed(failure, reason, status);
    }

    private static string Clip(string text) => OutOfBandVersionResult.Clip(text);
}
