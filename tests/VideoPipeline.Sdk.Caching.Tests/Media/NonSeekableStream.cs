namespace VideoPipeline.Sdk.Caching.Tests.Media;

/// <summary>
/// Content as a network response delivers it: read-only, not seekable, in reads of at most <c>maxRead</c> bytes. An optional
/// callback sees the total read after each read, so a test can cancel a put half-way.
/// </summary>
internal sealed class NonSeekableStream(byte[] content, int maxRead = 64 * 1024, Action<long>? afterRead = null) : Stream
{
    private long _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var count = (int)Math.Min(Math.Min(buffer.Length, maxRead), content.Length - _position);
        content.AsSpan((int)_position, count).CopyTo(buffer);
        _position += count;
        afterRead?.Invoke(_position);
        return count;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        cancellationToken.ThrowIfCancellationRequested();
        return Read(buffer.Span);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
