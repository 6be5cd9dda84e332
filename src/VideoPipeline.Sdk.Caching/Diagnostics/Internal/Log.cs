using Microsoft.Extensions.Logging;

namespace VideoPipeline.Sdk.Caching.Diagnostics.Internal;

/// <summary>
/// Source-generated log messages of the Caching package. Media is identified by its hash only: stored content, prompts and
/// caller-supplied names are never logged. Event ids 100-199 belong to the media store.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(100, LogLevel.Information, "Media store opened at {RootPath}: {BlobCount} blob(s), {Bytes} byte(s); {StaleTemporaryFiles} stale temporary file(s) removed.")]
    public static partial void MediaStoreOpened(ILogger logger, string rootPath, long blobCount, long bytes, int staleTemporaryFiles);

    [LoggerMessage(101, LogLevel.Warning, "Media blob {Hash} does not match its hash; it was moved to {QuarantinePath} and the read is treated as a miss.")]
    public static partial void MediaBlobCorrupt(ILogger logger, ContentHash hash, string quarantinePath);

    [LoggerMessage(102, LogLevel.Warning, "Media blob {Hash} was not found; the read is treated as a miss.")]
    public static partial void MediaBlobMissing(ILogger logger, ContentHash hash);

    [LoggerMessage(103, LogLevel.Warning, "Media blob {Hash} could not be read; the read is treated as a miss.")]
    public static partial void MediaBlobReadFailed(ILogger logger, ContentHash hash, Exception exception);

    [LoggerMessage(104, LogLevel.Warning, "Media blob {Hash} was corrupt ({ActualLength} bytes on disk, {ExpectedLength} expected); it was moved to {QuarantinePath} and replaced by the bytes of a new put.")]
    public static partial void MediaBlobRepaired(ILogger logger, ContentHash hash, long actualLength, long expectedLength, string quarantinePath);

    [LoggerMessage(105, LogLevel.Warning, "The reference count of media blob {Hash} is missing or unreadable; one reference is assumed so that the blob is not deleted early.")]
    public static partial void MediaReferenceCountUnreadable(ILogger logger, ContentHash hash);

    [LoggerMessage(106, LogLevel.Warning, "Media blob {Hash} does not match its hash and could not be moved aside; the read is treated as a miss.")]
    public static partial void MediaBlobQuarantineFailed(ILogger logger, ContentHash hash, Exception exception);

    [LoggerMessage(107, LogLevel.Warning, "The media store could not remove the stale temporary file {Path}.")]
    public static partial void MediaTemporaryFileNotDeleted(ILogger logger, string path, Exception exception);

    [LoggerMessage(108, LogLevel.Warning, "The media store could not read {Path} while counting its blobs; the file is skipped.")]
    public static partial void MediaScanFailed(ILogger logger, string path, Exception exception);
}
