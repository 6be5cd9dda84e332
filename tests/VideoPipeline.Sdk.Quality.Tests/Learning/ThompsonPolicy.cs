using VideoPipeline.Sdk.Quality.Learning.Internal;

namespace VideoPipeline.Sdk.Quality.Tests.Learning;

/// <summary>The learner under test: <see cref="BudgetedThompsonSampler"/> choosing by quality per dollar (exponent 1).</summary>
internal sealed class ThompsonPolicy(long seed, double priorStrength) : ISimulatedPolicy
{
    private readonly BudgetedThompsonSampler _sampler = new(seed, priorStrength);

    public int Choose(ContentType contentType, ReadOnlySpan<ArmCandidate> candidates) => _sampler.Choose(contentType, candidates, qualityExponent: 1);

    public void Learn(ContentType contentType, QualityLevel profile, QualityFeedback feedback) =>
        _sampler.Update(contentType, profile, feedback.Value, feedback.Weight);
}
