namespace VideoPipeline.Sdk.Quality.Optimization.Internal;

/// <summary>The context of a run the optimizer decided, which its feedback is learned for.</summary>
/// <param name="ContentType">The content type the decision was made for.</param>
/// <param name="Level">The profile chosen.</param>
internal readonly record struct TrackedRun(ContentType ContentType, QualityLevel Level);
