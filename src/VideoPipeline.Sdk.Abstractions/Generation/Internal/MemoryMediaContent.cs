using System.Runtime.InteropServices;

namespace VideoPipeline.Sdk.Generation.Internal;

/// <summary>Content held in memory; reads are views over the same bytes.</summary>
internal sealed class MemoryMediaContent(ReadOnlyMemory<byte> bytes) : MediaContent
{
    public override long? Length => bytes.Length;

    public override ValueTask<Stream> OpenReadAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var stream = MemoryMarshal.TryGetArray(bytes, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(bytes.ToArray(), writable: false);
        return ValueTask.FromResult<Stream>(stream);
    }

    public override bool TryGetBytes(out ReadOnlyMemory<byte> content)
    {
        content = bytes;
        return true;
    }
}
