namespace VendorManager.EntityFrameworkCore.Documents;

/// <summary>
/// A document's content read slice by slice as the stream is read, each slice its own short query,
/// so a download never holds the whole file nor keeps a reader open on the connection between reads.
/// Asynchronous reads only: a synchronous one would block a request thread on the database.
/// </summary>
internal sealed class ChunkedContentStream(Func<int, CancellationToken, Task<byte[]?>> readChunk, long length) : Stream
{
    private byte[] _chunk = [];
    private int _offsetInChunk;
    private int _nextSequence;
    private long _position;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => length;

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (buffer.Length == 0 || _position >= length) return 0;
        if (_offsetInChunk == _chunk.Length)
        {
            _chunk = await readChunk(_nextSequence, cancellationToken) is { Length: > 0 } next
                ? next
                : throw new InvalidDataException($"Slice {_nextSequence} of the content is missing: {_position} of {length} bytes were read.");
            _nextSequence++;
            _offsetInChunk = 0;
        }
        var count = (int)Math.Min(Math.Min(buffer.Length, _chunk.Length - _offsetInChunk), length - _position);
        _chunk.AsMemory(_offsetInChunk, count).CopyTo(buffer);
        _offsetInChunk += count;
        _position += count;
        return count;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        => ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count)
        => throw new NotSupportedException("Read a document's content asynchronously: each slice is a database query.");

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
