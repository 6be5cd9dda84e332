namespace VideoPipeline.Sdk.Caching.Media.Internal;

/// <summary>Content held in an <see cref="IMediaStore"/>, opened from the store (and verified by it) on every read.</summary>
internal sealed class MediaStoreContent(IMediaStore store, ContentHash hash, long length) : MediaContent
{
    public override long? Length => length;

    /// <exception cref="InvalidDataException">The blob went missing or was corrupted after the cache returned it.</exception>
    public override async ValueTask<Stream> OpenReadAsync(CancellationToken cancellationToken = default) =>
        await store.OpenReadAsync(hash, cancellationToken).ConfigureAwait(false)
        ?? throw new InvalidDataException($"Media blob {hash} is no longer in the media store, or its bytes no longer match its hash.");
}
