namespace VideoPipeline.Sdk.Caching;

/// <summary>
/// A content-addressed, reference-counted blob store for generated media. A blob's address is the SHA-256 of its bytes:
/// storing the same bytes twice keeps one copy and adds a reference; a blob is deleted when its last reference is released.
/// Content streams in and out, so a blob may be far larger than any array.
/// </summary>
/// <remarks>
/// Implementations are thread-safe. A blob that is missing or whose bytes no longer match its hash is reported as absent
/// (and logged and counted), never as an exception.
/// </remarks>
public interface IMediaStore
{
    /// <summary>Stores the rest of <paramref name="content"/> and adds one reference to it.</summary>
    /// <param name="content">The content, read to its end and not disposed.</param>
    /// <param name="cancellationToken">Cancels the store; nothing is stored and no reference is added then.</param>
    /// <returns>The blob's hash and length, and whether the same bytes were stored already.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="content"/> cannot be read.</exception>
    ValueTask<MediaPutResult> PutAsync(Stream content, CancellationToken cancellationToken = default);

    /// <summary>Opens a blob for reading, after checking that its bytes still match its hash.</summary>
    /// <param name="hash">The blob's hash.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A stream positioned at the start of the blob, or <see langword="null"/> when it is missing or corrupt.</returns>
    ValueTask<Stream?> OpenReadAsync(ContentHash hash, CancellationToken cancellationToken = default);

    /// <summary>Adds one reference to a stored blob.</summary>
    /// <param name="hash">The blob's hash.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="true"/> when the blob exists and the reference was added.</returns>
    ValueTask<bool> AddReferenceAsync(ContentHash hash, CancellationToken cancellationToken = default);

    /// <summary>Releases one reference to a blob and deletes the blob when it was the last one.</summary>
    /// <param name="hash">The blob's hash.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="true"/> when a reference was released; <see langword="false"/> when the blob is unknown.</returns>
    ValueTask<bool> ReleaseAsync(ContentHash hash, CancellationToken cancellationToken = default);

    /// <summary>Returns a blob's length and reference count without reading it.</summary>
    /// <param name="hash">The blob's hash.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The blob's information, or <see langword="null"/> when it is not stored.</returns>
    ValueTask<MediaBlobInfo?> GetInfoAsync(ContentHash hash, CancellationToken cancellationToken = default);

    /// <summary>Returns a snapshot of the store's counters.</summary>
    /// <returns>The statistics.</returns>
    MediaStoreStatistics GetStatistics();
}
