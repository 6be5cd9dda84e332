namespace VideoPipeline.Sdk.Caching.Distributed.Internal;

/// <summary>An entry as stored in the distributed tier: the result with inline content, and what invalidation needs.</summary>
internal sealed record DistributedEntry(
    GenerationRequestKey Key,
    DateTimeOffset CreatedAt,
    string Provider,
    string Model,
    IReadOnlyList<string> Tags,
    MediaKind Kind,
    string MediaType,
    Money Cost,
    GenerationUsage Usage,
    TimeSpan ProviderLatency,
    IReadOnlyDictionary<string, string> Metadata,
    bool Compressed,
    int OriginalLength,
    byte[] Content);
