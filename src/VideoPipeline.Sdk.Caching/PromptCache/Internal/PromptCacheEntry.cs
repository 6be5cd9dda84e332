namespace VideoPipeline.Sdk.Caching.PromptCache.Internal;

/// <summary>
/// One entry of the in-memory tier. Identity and content are immutable; the eviction fields (<see cref="Hits"/>,
/// <see cref="LastAccess"/>, <see cref="InflationAtAccess"/>) are written on hits without a lock: they steer eviction,
/// and a lost increment under contention only makes the estimate slightly lower.
/// </summary>
internal sealed class PromptCacheEntry
{
    public PromptCacheEntry(
        UInt128 key,
        GenerationRequest request,
        GenerationResult cachedResult,
        long memoryBytes,
        ContentHash? mediaHash,
        long mediaBytes,
        double hitValue,
        long expiresAt,
        string[] tags)
    {
        Key = key;
        Request = request;
        CachedResult = cachedResult;
        MemoryBytes = memoryBytes;
        MediaHash = mediaHash;
        MediaBytes = mediaBytes;
        HitValue = hitValue;
        ExpiresAt = expiresAt;
        Tags = tags;
        CostUnits = PromptCacheCounters.ToMoneyUnits(cachedResult.Cost);
        CostUsd = (double)cachedResult.Cost.Usd;
        LatencyTicks = cachedResult.ProviderLatency.Ticks;
    }

    public UInt128 Key { get; }

    /// <summary>Gets the result's cost in units of 10⁻⁸ dollars, precomputed so that a hit adds it without converting.</summary>
    public long CostUnits { get; }

    public double CostUsd { get; }

    public long LatencyTicks { get; }

    public GenerationRequest Request { get; }

    /// <summary>Gets the result returned on a hit; its content is inline, compressed, or a reference into the media store.</summary>
    public GenerationResult CachedResult { get; }

    /// <summary>Gets the bytes counted against the in-memory budget: content kept inline, prompt, embedding and overhead.</summary>
    public long MemoryBytes { get; }

    public ContentHash? MediaHash { get; }

    /// <summary>Gets the bytes of media-store content this entry references, counted against the media budget.</summary>
    public long MediaBytes { get; }

    /// <summary>Gets what one hit saves: the result's cost in dollars plus its provider latency valued per second.</summary>
    public double HitValue { get; }

    /// <summary>Gets the <see cref="TimeProvider.GetTimestamp"/> after which the entry is expired; <see cref="long.MaxValue"/> for never.</summary>
    public long ExpiresAt { get; }

    public string[] Tags { get; }


    /// <summary>Gets or sets the id of the entry's vector in the semantic index; 0 when it has none.</summary>
    public long SemanticId { get; set; }

    /// <summary>Gets or sets the key of the entry's semantic partition (its request without the prompt).</summary>
    public UInt128 ContextKey { get; set; }

    public long Hits;

    public long LastAccess;

    /// <summary>The cost-aware policy's inflation value (the priority of the last entry evicted) when the entry was last accessed.</summary>
    public double InflationAtAccess;

    public long TotalBytes => MemoryBytes + MediaBytes;
}
