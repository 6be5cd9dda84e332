namespace VideoPipeline.Sdk.Caching;

/// <summary>What <see cref="IMediaStore.GetInfoAsync"/> knows of a stored blob.</summary>
/// <param name="Hash">The SHA-256 of the content.</param>
/// <param name="Length">The content's length in bytes.</param>
/// <param name="ReferenceCount">The number of references held; at least 1 while the blob is stored.</param>
public readonly record struct MediaBlobInfo(ContentHash Hash, long Length, long ReferenceCount);
