namespace VideoPipeline.Sdk.Caching.Tests.PromptCache.Eviction;

/// <summary>What one run of <see cref="EvictionSimulator"/> measured, over the requests after the warm-up.</summary>
internal sealed record SimulationResult
{
    /// <summary>Gets the policy replayed; <see langword="null"/> for a reference that is not a policy (unbounded, hindsight).</summary>
    public required CacheEvictionPolicy? Policy { get; init; }

    public required long BudgetBytes { get; init; }

    public required long MeasuredRequests { get; init; }

    public required long Hits { get; init; }

    public required long NearDuplicateHits { get; init; }

    public required long BytesRequested { get; init; }

    public required long BytesHit { get; init; }

    /// <summary>Gets what the hits saved: the provider price of every request answered from the cache.</summary>
    public required decimal MoneySaved { get; init; }

    /// <summary>Gets the highest memory total seen right after a <c>Set</c>, over the whole run (warm-up included).</summary>
    public required long PeakMemoryBytes { get; init; }

    public required long FinalMemoryBytes { get; init; }

    public required long Evictions { get; init; }

    public double HitRate => (double)Hits / MeasuredRequests;

    public double ByteHitRate => (double)BytesHit / BytesRequested;
}
