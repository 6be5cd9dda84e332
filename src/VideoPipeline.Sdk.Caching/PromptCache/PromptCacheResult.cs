namespace VideoPipeline.Sdk.Caching;

/// <summary>A result returned by <see cref="IPromptCache"/> and where it came from.</summary>
public readonly struct PromptCacheResult
{
    /// <summary>Initializes a new instance of the <see cref="PromptCacheResult"/> struct.</summary>
    /// <param name="result">The generation result.</param>
    /// <param name="outcome">Where the result came from.</param>
    /// <param name="similarity">The cosine similarity of the matched prompt: 1 for an exact hit or a generated result.</param>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="similarity"/> is outside [-1, 1] or not a number.</exception>
    public PromptCacheResult(GenerationResult result, PromptCacheOutcome outcome, double similarity)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!(similarity is >= -1 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(similarity), similarity, "The similarity must be a number between -1 and 1.");
        }

        GenerationResult = result;
        Outcome = outcome;
        Similarity = similarity;
    }

    /// <summary>Gets the generation result: the cached one on a hit, the one the factory produced otherwise.</summary>
    public GenerationResult GenerationResult { get; }

    /// <summary>Gets where the result came from.</summary>
    public PromptCacheOutcome Outcome { get; }

    /// <summary>Gets the cosine similarity of the matched prompt: 1 for an exact hit or a generated result.</summary>
    public double Similarity { get; }

    /// <summary>Gets a value indicating whether the cache answered without calling the factory.</summary>
    public bool IsHit => Outcome != PromptCacheOutcome.Generated;
}
