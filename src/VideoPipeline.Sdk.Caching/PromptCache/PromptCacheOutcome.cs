namespace VideoPipeline.Sdk.Caching;

/// <summary>Where a <see cref="PromptCacheResult"/> came from.</summary>
public enum PromptCacheOutcome
{
    /// <summary>The factory generated the result (a miss); this caller or a concurrent one paid for it.</summary>
    Generated = 0,

    /// <summary>An entry for exactly the same request answered.</summary>
    ExactHit = 1,

    /// <summary>An entry for a request equal in every field but with a semantically equivalent prompt answered.</summary>
    SemanticHit = 2,
}
