namespace VideoPipeline.Sdk.Caching.Media.Internal;

/// <summary>
/// A read-only, seekable stream over a blob held as fixed-size chunks (every chunk but the last holds exactly
/// <see cref="InMemoryMediaStore.ChunkSize"/> bytes). The chunks are never written after the blob is stored, so any number
/// of streams may read them at once, and a stream stays valid after the blob is released from the store.
/// </summary>
internal sealed class ChunkedReadStream : Stream
{
    private readonly byte[][] _chunks;
    private readonly long _length;
    private long _position;
    private bool _disposed;

    public ChunkedReadStream(byte[][] chunks, long length)
    {
        _chunks = chunks;
        _length = length;
    }

    public override bool CanRead => !_disposed;

    public override bool CanSeek => !_disposed;

    public override bool CanWrite => false;

    public override long Length
    {
        get
        {
            ThrowIfDisposed();
            return _length;
        }
    }

    public override long Position
    {
        get
        {
            ThrowIfDisposed();
            return _position;
        }

        set
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            ThrowIfDisposed();
            _position = value;
        }
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        ValidateBufferArguments(buffer, offset, count);
        return Read(buffer.AsSpan(offset, count));
    }

    public override int Read(Span<byte> buffer)
    {
        ThrowIfDisposed();
        var total = 0;
        while (!buffer.IsEmpty && _position < _length)
        {
            var chunk = _chunks[_position >> InMemoryMediaStore.ChunkShift];
            var offset = (int)(_position & (InMemoryMediaStore.ChunkSize - 1));
            var available = (int)Math.Min(InMemoryMediaStore.ChunkSize - offset, _length - _position);
            var count = Math.Min(available, buffer.Length);
            chunk.AsSpan(offset, count).CopyTo(buffer);
            buffer = buffer[count..];
            _position += count;
            total += count;
        }

        return total;
    }

    public override int ReadByte()
    {
        Span<byte> one = stackalloc byte[1];
        return Read(one) == 1 ? one[0] : -1;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        ValidateBufferArguments(buffer, offset, count);
        return cancellationToken.IsCancellationRequested
            ? Task.FromCanceled<int>(cancellationToken)
            : Task.FromResult(Read(buffer.AsSpan(offset, count)));
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        cancellationToken.IsCancellationRequested
            ? ValueTask.FromCanceled<int>(cancellationToken)
            : new ValueTask<int>(Read(buffer.Span));

    public override void CopyTo(Stream destination, int bufferSize)
    {
        ValidateCopyToArguments(destination, bufferSize);
        ThrowIfDisposed();
        while (_position < _length)
        {
            var segment = CurrentSegment();
            destination.Write(segment.Span);
            _position += segment.Length;
        }
    }

    public override async Task CopyToAsync(Stream destination, int bufferSize, CancellationToken cancellationToken)
    {
        ValidateCopyToArguments(destination, bufferSize);
        ThrowIfDisposed();
        while (_position < _length)
        {
            var segment = CurrentSegment();
            await destination.WriteAsync(segment, cancellationToken).ConfigureAwait(false);
            _position += segment.Length;
        }
    }

    public override long Seek(long offset, SeekOrigin origin)
    {
        ThrowIfDisposed();
        var target = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            SeekOrigin.End => _length + offset,
            _ => throw new ArgumentOutOfRangeException(nameof(origin), origin, "The origin must be Begin, Current or End."),
        };

        if (target < 0)
        {
            throw new IOException($"Cannot seek to {target}, before the beginning of the stream.");
        }

        _position = target;
        return target;
    }

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException("A stored blob is read-only.");

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException("A stored blob is read-only.");

    protected override void Dispose(bool disposing)
    {
        _disposed = true;
        base.Dispose(disposing);
    }

    private ReadOnlyMemory<byte> CurrentSegment()
    {
        var chunk = _chunks[_position >> InMemoryMediaStore.ChunkShift];
        var offset = (int)(_position & (InMemoryMediaStore.ChunkSize - 1));
        var count = (int)Math.Min(InMemoryMediaStore.ChunkSize - offset, _length - _position);
        return chunk.AsMemory(offset, count);
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed, this);
}
