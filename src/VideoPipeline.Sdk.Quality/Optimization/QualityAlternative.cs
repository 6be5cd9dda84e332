namespace VideoPipeline.Sdk.Quality;

/// <summary>One profile the optimizer considered, what it would cost, how good it would be and why it was or was not chosen.</summary>
public sealed record QualityAlternative
{
    /// <summary>Gets the profile.</summary>
    public required QualityLevel Level { get; init; }

    /// <summary>Gets the cost estimate of the profile's plan for the content.</summary>
    public required CostEstimate Estimate { get; init; }

    /// <summary>Gets the expected quality of the profile for the content type, from 0 to 1: the plan's quality score as
    /// the prior, updated by the feedback recorded so far.</summary>
    public required double ExpectedQuality { get; init; }

    /// <summary>Gets a value indicating whether the plan meets every constraint.</summary>
    public required bool Fits { get; init; }

    /// <summary>Gets why the plan does not fit (a constraint it breaks), or <see langword="null"/> when it fits.</summary>
    public string? Rejection { get; init; }
}
