using System.Security.Cryptography;

namespace VendorManager.Documents;

/// <summary>
/// An upload read exactly once: its size counted and its SHA-256 computed on the way, and held in a
/// seekable stream so the detector can look at both ends and the repository can store it. A form
/// file ASP.NET already buffered on disk is used in place; any other stream is spooled to a
/// temporary file deleted on close. Reading stops as soon as the limit is passed.
/// </summary>
internal sealed class CheckedUpload : IAsyncDisposable
{
    private const int BufferSize = 81920;
    private readonly bool _ownsContent;

    public Stream Content { get; }
    public long Size { get; }
    public string Sha256 { get; }

    private CheckedUpload(Stream content, bool ownsContent, long size, string sha256)
    {
        Content = content;
        _ownsContent = ownsContent;
        Size = size;
        Sha256 = sha256;
    }

    public static async Task<CheckedUpload> ReadAsync(Stream source, long maxBytes, string spoolDirectory, CancellationToken ct)
    {
        if (source is { CanSeek: true, Position: 0 })
        {
            if (source.Length > maxBytes) throw DocumentRefusals.TooLarge(maxBytes);
            var (size, hash) = await DigestAsync(source, copy: null, maxBytes, ct);
            return new CheckedUpload(source, ownsContent: false, size, hash);
        }

        Directory.CreateDirectory(spoolDirectory);
        // The name is ours alone; nothing the uploader sent ever reaches a path.
        var spool = new FileStream(Path.Combine(spoolDirectory, $"vm-upload-{Guid.NewGuid():N}.tmp"), FileMode.CreateNew,
            FileAccess.ReadWrite, FileShare.None, BufferSize, FileOptions.Asynchronous | FileOptions.DeleteOnClose);
        try
        {
            var (size, hash) = await DigestAsync(source, spool, maxBytes, ct);
            await spool.FlushAsync(ct);
            return new CheckedUpload(spool, ownsContent: true, size, hash);
        }
        catch
        {
            await spool.DisposeAsync();
            throw;
        }
    }

    private static async Task<(long Size, string Sha256)> DigestAsync(Stream source, Stream? copy, long maxBytes, CancellationToken ct)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[BufferSize];
        long size = 0;
        int read;
        while ((read = await source.ReadAsync(buffer, ct)) > 0)
        {
            size += read;
            if (size > maxBytes) throw DocumentRefusals.TooLarge(maxBytes);
            sha.AppendData(buffer, 0, read);
            if (copy is not null) await copy.WriteAsync(buffer.AsMemory(0, read), ct);
        }
        if (size == 0) throw DocumentRefusals.Empty();
        return (size, Convert.ToHexStringLower(sha.GetHashAndReset()));
    }

    public async ValueTask DisposeAsync()
    {
        if (_ownsContent) await Content.DisposeAsync();
    }
}
