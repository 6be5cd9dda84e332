namespace VideoPipeline.Sdk.Generation.Internal;

/// <summary>Content behind a caller-supplied stream factory.</summary>
internal sealed class StreamMediaContent(Func<CancellationToken, ValueTask<Stream>> openRead, long? length) : MediaContent
{
    public override long? Length => length;

    public override ValueTask<Stream> OpenReadAsync(CancellationToken cancellationToken = default) => openRead(cancellationToken);
}
