namespace VideoPipeline.Sdk.Caching;

/// <summary>How the prompt cache chooses entries to evict when a byte budget is exceeded.</summary>
public enum CacheEvictionPolicy
{
    /// <summary>
    /// Greedy-Dual-Size-Frequency: keeps the entries that save the most money and provider time per byte, weighted by how
    /// often they were hit, with ageing so that entries once popular do not stay for ever. The default.
    /// </summary>
    CostAware = 0,

    /// <summary>Least recently used: evicts the entries that were read or written longest ago, whatever they cost.</summary>
    LeastRecentlyUsed = 1,
}
