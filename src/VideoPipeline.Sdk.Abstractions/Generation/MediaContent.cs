using VideoPipeline.Sdk.Generation.Internal;

namespace VideoPipeline.Sdk;

/// <summary>
/// The bytes of a generated medium: held in memory, in a file, or behind a stream that is opened on demand, so that
/// media of hundreds of megabytes never has to be one array. Content can be read any number of times.
/// </summary>
/// <remarks>
/// Derive from this class to expose content kept elsewhere (a media store, object storage). Implementations must be
/// thread-safe, and every call to <see cref="OpenReadAsync"/> must return a new stream positioned at the start.
/// </remarks>
public abstract class MediaContent
{
    /// <summary>Gets the length in bytes, or <see langword="null"/> when it is not known before reading.</summary>
    public abstract long? Length { get; }

    /// <summary>Creates content over bytes in memory. The bytes are not copied and must not change afterwards.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <returns>The content.</returns>
    public static MediaContent FromBytes(ReadOnlyMemory<byte> bytes) => new MemoryMediaContent(bytes);

    /// <summary>Creates content over a file; the file is opened for each read.</summary>
    /// <param name="path">The full path of the file.</param>
    /// <returns>The content.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static MediaContent FromFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            throw new FileNotFoundException($"Media file '{path}' does not exist.", path);
        }

        return new FileMediaContent(file.FullName, file.Length);
    }

    /// <summary>Creates content whose stream is opened on demand, for media produced or fetched lazily.</summary>
    /// <param name="openRead">Opens a new readable stream positioned at the start; called once per read.</param>
    /// <param name="length">The length in bytes when known in advance; otherwise <see langword="null"/>.</param>
    /// <returns>The content.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="openRead"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is negative.</exception>
    public static MediaContent FromStream(Func<CancellationToken, ValueTask<Stream>> openRead, long? length = null)
    {
        ArgumentNullException.ThrowIfNull(openRead);
        if (length is { } known)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(known, nameof(length));
        }

        return new StreamMediaContent(openRead, length);
    }

    /// <summary>Opens a new stream over the content, positioned at the start. The caller disposes it.</summary>
    /// <param name="cancellationToken">A token to cancel the operation.</param>
    /// <returns>A readable stream.</returns>
    public abstract ValueTask<Stream> OpenReadAsync(CancellationToken cancellationToken = default);

    /// <summary>Gets the bytes without copying when the content is held in memory.</summary>
    /// <param name="bytes">The bytes, when the content is in memory.</param>
    /// <returns><see langword="true"/> when the content is in memory.</returns>
    public virtual bool TryGetBytes(out ReadOnlyMemory<byte> bytes)
    {
        bytes = default;
        return false;
    }

    /// <summary>Copies the content to a stream.</summary>
    /// <param name="destination">The stream to write to.</param>
    /// <param name="cancellationToken">A token to cancel the operation.</param>
    /// <returns>A task that completes when the content is copied.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="destination"/> is <see langword="null"/>.</exception>
    public virtual async ValueTask CopyToAsync(Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        if (TryGetBytes(out var bytes))
        {
            await destination.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
            return;
        }

        var source = await OpenReadAsync(cancellationToken).ConfigureAwait(false);
        await using (source.ConfigureAwait(false))
        {
            await source.CopyToAsync(destination, cancellationToken).ConfigureAwait(false);
        }
    }
}
