namespace VideoPipeline.Sdk.Quality;

/// <summary>
/// What <see cref="IQualityOptimizer.OptimizeForContentAsync"/> recommends: the profile and the plan with its per-scene
/// parameters, its cost and expected quality, every alternative considered and a short rationale; or, when nothing fits,
/// why not.
/// </summary>
public sealed record QualityRecommendation
{
    /// <summary>Gets a value indicating whether a plan meets the constraints. When <see langword="false"/>,
    /// <see cref="Plan"/>, <see cref="Estimate"/> and <see cref="RunId"/> are <see langword="null"/> and
    /// <see cref="Rationale"/> says what does not fit.</summary>
    public required bool IsFeasible { get; init; }

    /// <summary>Gets the identifier of this decision, to pass to <see cref="QualityFeedback"/> when the run's video is
    /// rated, regenerated, published or downloaded; <see langword="null"/> when nothing fits.</summary>
    public string? RunId { get; init; }

    /// <summary>Gets the chosen profile, or <see langword="null"/> when nothing fits.</summary>
    public QualityLevel? Level { get; init; }

    /// <summary>Gets the plan: the profile's parameters adjusted per scene (static scenes cheaper, action scenes better),
    /// or <see langword="null"/> when nothing fits.</summary>
    public ProductionPlan? Plan { get; init; }

    /// <summary>Gets the cost estimate of <see cref="Plan"/>, or <see langword="null"/> when nothing fits.</summary>
    public CostEstimate? Estimate { get; init; }

    /// <summary>Gets the expected quality of the chosen plan for the content type, from 0 to 1 (0 when nothing fits).</summary>
    public double ExpectedQuality { get; init; }

    /// <summary>Gets the content type the decision was made for: the one given, or the detected one when
    /// <see cref="ContentType.Unknown"/> was given.</summary>
    public required ContentType ContentType { get; init; }

    /// <summary>Gets the analysis of the whole content.</summary>
    public required ContentAnalysis Analysis { get; init; }

    /// <summary>Gets every profile considered, from the cheapest to the best.</summary>
    public required IReadOnlyList<QualityAlternative> Alternatives { get; init; }

    /// <summary>Gets a short explanation of the choice, or of why nothing fits, in English.</summary>
    public required string Rationale { get; init; }
}
