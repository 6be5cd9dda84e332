namespace VideoPipeline.Sdk.Caching;

/// <summary>A snapshot of a prompt cache's counters, from <see cref="IPromptCache.GetStatistics"/>.</summary>
public sealed record PromptCacheStatistics
{
    /// <summary>Gets the number of lookups (<see cref="IPromptCache.GetOrGenerateAsync"/> and <see cref="IPromptCache.TryGetAsync"/>).</summary>
    public long Requests => ExactHits + SemanticHits + Misses;

    /// <summary>Gets the number of lookups answered by an entry for exactly the same request.</summary>
    public long ExactHits { get; init; }

    /// <summary>Gets the number of lookups answered by a semantically equivalent entry.</summary>
    public long SemanticHits { get; init; }

    /// <summary>Gets the number of lookups no entry answered.</summary>
    public long Misses { get; init; }

    /// <summary>
    /// Gets the number of semantic candidates above the similarity threshold that were refused because the prompts differ
    /// in a number, a negation, a colour, a direction or a named entity.
    /// </summary>
    public long SemanticRefusals { get; init; }

    /// <summary>Gets the share of lookups that were hits, exact or semantic, from 0 to 1; 0 before the first lookup.</summary>
    public double HitRate => Requests == 0 ? 0 : (double)(ExactHits + SemanticHits) / Requests;

    /// <summary>Gets the share of lookups that were exact hits, from 0 to 1.</summary>
    public double ExactHitRate => Requests == 0 ? 0 : (double)ExactHits / Requests;

    /// <summary>Gets the share of lookups that were semantic hits, from 0 to 1.</summary>
    public double SemanticHitRate => Requests == 0 ? 0 : (double)SemanticHits / Requests;

    /// <summary>Gets the number of factory calls the cache made (at most one per concurrent miss of a request).</summary>
    public long Generations { get; init; }

    /// <summary>Gets the number of entries in the in-memory tier.</summary>
    public long EntryCount { get; init; }

    /// <summary>Gets the bytes the in-memory tier holds, counted against <see cref="PromptCacheOptions.MemoryBudgetBytes"/>.</summary>
    public long MemoryBytes { get; init; }

    /// <summary>Gets the bytes of media-store content the cache references, counted against <see cref="PromptCacheOptions.MediaBudgetBytes"/>.</summary>
    public long MediaBytes { get; init; }

    /// <summary>Gets the number of entries evicted to stay within a byte budget.</summary>
    public long Evictions { get; init; }

    /// <summary>Gets the provider money that hits saved: the cost of each cached result, once per hit.</summary>
    public Money CostSaved { get; init; }

    /// <summary>Gets the provider time that hits saved: the provider latency of each cached result, once per hit.</summary>
    public TimeSpan TimeSaved { get; init; }

    /// <summary>Gets the bytes compression saved across stored payloads (original minus compressed).</summary>
    public long CompressionSavedBytes { get; init; }

    /// <summary>Gets the number of stored payloads that were corrupt, missing or undecodable and were treated as misses.</summary>
    public long ReadErrors { get; init; }
}
