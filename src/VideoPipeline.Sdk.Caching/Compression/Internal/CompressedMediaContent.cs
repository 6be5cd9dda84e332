using System.IO.Compression;

namespace VideoPipeline.Sdk.Caching.Compression.Internal;

/// <summary>Content kept Brotli-compressed in the in-memory tier and decompressed as it is read.</summary>
internal sealed class CompressedMediaContent(byte[] compressed, long originalLength) : MediaContent
{
    public override long? Length => originalLength;

    /// <summary>Gets the compressed bytes held in memory.</summary>
    public byte[] Compressed => compressed;

    public override ValueTask<Stream> OpenReadAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult<Stream>(new BrotliStream(new MemoryStream(compressed, writable: false), CompressionMode.Decompress));
    }
}
