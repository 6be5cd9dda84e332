using Microsoft.Extensions.Logging;

namespace VideoPipeline.Sdk.Caching.Diagnostics.Internal;

/// <summary>Source-generated log messages of the prompt cache (event ids 1-99). Prompts and content are never logged.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Warning, "The distributed cache failed to {Operation} a prompt-cache entry; the call goes on without it.")]
    public static partial void DistributedCacheFailed(ILogger logger, string operation, Exception exception);

    [LoggerMessage(2, LogLevel.Warning, "The distributed prompt-cache entry {Key} is corrupt or unreadable; it was removed and treated as a miss.")]
    public static partial void DistributedEntryCorrupt(ILogger logger, string key);

    [LoggerMessage(3, LogLevel.Warning, "The media of a prompt-cache entry ({Hash}) is missing or corrupt; the entry was removed and treated as a miss.")]
    public static partial void MediaEntryUnreadable(ILogger logger, string hash);

    [LoggerMessage(4, LogLevel.Information, "A {Kind} result of {Bytes} bytes was not cached: it is larger than the {Budget} budget of {BudgetBytes} bytes.")]
    public static partial void EntryLargerThanBudget(ILogger logger, MediaKind kind, long bytes, string budget, long budgetBytes);

    [LoggerMessage(5, LogLevel.Warning, "A {Kind} result could not be cached; it was returned uncached.")]
    public static partial void CachingFailed(ILogger logger, MediaKind kind, Exception exception);

    [LoggerMessage(6, LogLevel.Warning, "The prompt embedder failed; the lookup goes on without semantic matching.")]
    public static partial void EmbeddingFailed(ILogger logger, Exception exception);

    [LoggerMessage(7, LogLevel.Warning, "Releasing media blob {Hash} of an evicted prompt-cache entry failed.")]
    public static partial void MediaReleaseFailed(ILogger logger, string hash, Exception exception);
}
