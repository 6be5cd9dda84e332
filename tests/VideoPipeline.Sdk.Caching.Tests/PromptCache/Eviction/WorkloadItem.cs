using VideoPipeline.Sdk.Caching.PromptCache.Internal;

namespace VideoPipeline.Sdk.Caching.Tests.PromptCache.Eviction;

/// <summary>
/// One distinct generation request of a <see cref="CacheWorkload"/> and the result it would produce: its size, what it
/// costs and how long the provider takes. A miss in the simulation stores a fresh <see cref="PromptCacheEntry"/> built
/// from it, the way <c>TieredPromptCache</c> does after a generation.
/// </summary>
internal sealed class WorkloadItem
{
    /// <summary>What the cache values one second of provider time at: the default of <c>PromptCacheOptions.TimeValuePerSecond</c>.</summary>
    public const double TimeValuePerSecond = 0.0005;

    private static readonly MediaContent NoContent = MediaContent.FromBytes(ReadOnlyMemory<byte>.Empty);

    public WorkloadItem(int id, MediaKind kind, string mediaType, long bytes, decimal cost, double latencySeconds)
    {
        Id = id;
        Key = (UInt128)(uint)id + 1;
        Kind = kind;
        Bytes = bytes;
        Cost = cost;
        LatencySeconds = latencySeconds;
        HitValue = (double)cost + (latencySeconds * TimeValuePerSecond);
        Request = new GenerationRequest("simulated", kind.ToString().ToLowerInvariant() + "-model", kind, "request " + id);
        Result = new GenerationResult(kind, mediaType, NoContent)
        {
            Cost = Money.FromUsd(cost),
            ProviderLatency = TimeSpan.FromSeconds(latencySeconds),
        };
    }

    /// <summary>Gets the item's position in the catalog (not its popularity rank).</summary>
    public int Id { get; }

    public UInt128 Key { get; }

    public MediaKind Kind { get; }

    /// <summary>Gets the size of the result in bytes, charged to the memory budget.</summary>
    public long Bytes { get; }

    /// <summary>Gets what the provider charges for one generation, in dollars.</summary>
    public decimal Cost { get; }

    public double LatencySeconds { get; }

    /// <summary>Gets what one hit saves as the cache values it: cost plus provider time at <see cref="TimeValuePerSecond"/>.</summary>
    public double HitValue { get; }

    public GenerationRequest Request { get; }

    public GenerationResult Result { get; }

    /// <summary>Creates the entry a miss stores: all bytes inline (memory), none in the media store, never expires.</summary>
    public PromptCacheEntry CreateEntry() =>
        new(Key, Request, Result, Bytes, mediaHash: null, mediaBytes: 0, HitValue, expiresAt: long.MaxValue, tags: []);
}
