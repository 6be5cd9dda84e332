namespace VideoPipeline.Sdk.Quality.Learning.Internal;

/// <summary>What the learner believes about the quality of one profile for one content type: a Beta(α, β) distribution.</summary>
/// <param name="Mean">The expected quality, α / (α + β), from 0 to 1.</param>
/// <param name="Alpha">α: the prior's pseudo-observations times the prior quality, plus the weighted rewards.</param>
/// <param name="Beta">β: the prior's pseudo-observations times one minus the prior quality, plus the weighted shortfalls
/// (one minus the reward).</param>
/// <param name="Observations">The sum of the weights of the feedback received, without the prior.</param>
internal readonly record struct ArmBelief(double Mean, double Alpha, double Beta, double Observations);
