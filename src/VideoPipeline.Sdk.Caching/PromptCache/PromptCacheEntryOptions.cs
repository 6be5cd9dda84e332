namespace VideoPipeline.Sdk.Caching;

/// <summary>
/// Options of one prompt-cache entry or lookup. Instances are immutable: keep one in a static field and pass it to every call.
/// </summary>
public sealed class PromptCacheEntryOptions
{
    /// <summary>
    /// Gets how long the entry stays valid after it is stored, or <see langword="null"/> to use
    /// <see cref="PromptCacheOptions.DefaultTimeToLive"/>.
    /// </summary>
    /// <value>The default is <see langword="null"/>. A value must be positive.</value>
    public TimeSpan? TimeToLive { get; init; }

    /// <summary>Gets the tags stored with the entry, for <see cref="IPromptCache.RemoveByTagAsync"/>.</summary>
    /// <value>The default is empty. Tags are ordinal, case-sensitive, neither empty nor white space; at most 16 per entry.</value>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>
    /// Gets a value indicating whether a semantically equivalent entry may answer this lookup, and whether the entry
    /// stored for it may answer others. Turn it off for requests where only the exact prompt will do.
    /// </summary>
    /// <value>The default is <see langword="true"/>; it has effect only when <see cref="PromptCacheOptions.SemanticMatching"/> is on.</value>
    public bool AllowSemanticMatch { get; init; } = true;

    /// <summary>
    /// Gets the least cosine similarity a semantic match must have for this lookup, or <see langword="null"/> to use
    /// <see cref="PromptCacheOptions.SimilarityThreshold"/>.
    /// </summary>
    /// <value>The default is <see langword="null"/>. A value must be in (0, 1].</value>
    public double? MinSimilarity { get; init; }
}
