using System.Buffers.Binary;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Logging;
using VideoPipeline.Sdk.Caching.Diagnostics.Internal;

namespace VideoPipeline.Sdk.Caching.Distributed.Internal;

/// <summary>
/// The optional second tier on <see cref="IDistributedCache"/>, keyed by the SHA-256 request key. Invalidation by tag,
/// provider or model cannot enumerate a distributed cache, so it writes a stamp (the invalidation time) under a key of its
/// own; a read checks the stamps of the entry's provider, model and tags and drops the entry when one is newer than it.
/// Errors of the distributed cache are logged and treated as misses: the tier may make a call cheaper, never fail it.
/// </summary>
internal sealed class DistributedTier(IDistributedCache cache, TimeProvider timeProvider, CachingMetrics metrics, ILogger logger)
{
    private const string EntryPrefix = "videopipeline:prompt:1:";
    private const string StampPrefix = "videopipeline:prompt:1:stamp:";

    private long _readErrors;

    public long ReadErrors => Volatile.Read(ref _readErrors);

    public static string ProviderScope(string provider) => "p:" + provider;

    public static string ModelScope(string provider, string model) => "m:" + provider + "/" + model;

    public static string TagScope(string tag) => "t:" + tag;

    public async ValueTask<DistributedEntry?> TryGetAsync(GenerationRequestKey key, CancellationToken cancellationToken)
    {
        var cacheKey = EntryPrefix + key;
        byte[]? payload;
        try
        {
            payload = await cache.GetAsync(cacheKey, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Log.DistributedCacheFailed(logger, "read", exception);
            return null;
        }

        if (payload is null)
        {
            return null;
        }

        if (!DistributedEntryFormat.TryRead(payload, key, out var entry))
        {
            Interlocked.Increment(ref _readErrors);
            metrics.RecordReadError(CachingMetrics.DistributedTier, CachingMetrics.Corrupt);
            Log.DistributedEntryCorrupt(logger, key.ToString());
            await RemoveQuietlyAsync(cacheKey).ConfigureAwait(false);
            return null;
        }

        try
        {
            if (await IsInvalidatedAsync(entry!, cancellationToken).ConfigureAwait(false))
            {
                await RemoveQuietlyAsync(cacheKey).ConfigureAwait(false);
                return null;
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Log.DistributedCacheFailed(logger, "read", exception);
            return null;
        }

        return entry;
    }

    public async ValueTask SetAsync(DistributedEntry entry, TimeSpan? timeToLive, CancellationToken cancellationToken)
    {
        var options = new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = timeToLive };
        try
        {
            await cache.SetAsync(EntryPrefix + entry.Key, DistributedEntryFormat.Write(entry), options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Log.DistributedCacheFailed(logger, "write", exception);
        }
    }

    public ValueTask RemoveAsync(GenerationRequestKey key) => RemoveQuietlyAsync(EntryPrefix + key);

    /// <summary>Marks every entry of a scope written until now as invalid.</summary>
    public async ValueTask InvalidateAsync(string scope, CancellationToken cancellationToken)
    {
        var stamp = new byte[sizeof(long)];
        BinaryPrimitives.WriteInt64LittleEndian(stamp, timeProvider.GetUtcNow().ToUnixTimeMilliseconds());
        try
        {
            await cache.SetAsync(StampPrefix + scope, stamp, new DistributedCacheEntryOptions(), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Log.DistributedCacheFailed(logger, "invalidate", exception);
            throw;
        }
    }

    private async ValueTask<bool> IsInvalidatedAsync(DistributedEntry entry, CancellationToken cancellationToken)
    {
        var created = entry.CreatedAt.ToUnixTimeMilliseconds();
        if (await IsStampedSinceAsync(ProviderScope(entry.Provider), created, cancellationToken).ConfigureAwait(false)
            || await IsStampedSinceAsync(ModelScope(entry.Provider, entry.Model), created, cancellationToken).ConfigureAwait(false))
        {
            return true;
        }

        foreach (var tag in entry.Tags)
        {
            if (await IsStampedSinceAsync(TagScope(tag), created, cancellationToken).ConfigureAwait(false))
            {
                return true;
            }
        }

        return false;
    }

    private async ValueTask<bool> IsStampedSinceAsync(string scope, long created, CancellationToken cancellationToken)
    {
        var stamp = await cache.GetAsync(StampPrefix + scope, cancellationToken).ConfigureAwait(false);
        return stamp is { Length: sizeof(long) } && BinaryPrimitives.ReadInt64LittleEndian(stamp) >= created;
    }

    private async ValueTask RemoveQuietlyAsync(string cacheKey)
    {
        try
        {
            await cache.RemoveAsync(cacheKey, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Log.DistributedCacheFailed(logger, "remove", exception);
        }
    }
}
