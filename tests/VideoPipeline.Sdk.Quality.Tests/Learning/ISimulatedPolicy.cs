using VideoPipeline.Sdk.Quality.Learning.Internal;

namespace VideoPipeline.Sdk.Quality.Tests.Learning;

/// <summary>A way of choosing a profile in the learner simulation.</summary>
internal interface ISimulatedPolicy
{
    /// <summary>Chooses among <paramref name="candidates"/> for a run of <paramref name="contentType"/>.</summary>
    int Choose(ContentType contentType, ReadOnlySpan<ArmCandidate> candidates);

    /// <summary>Learns from the feedback on a run.</summary>
    void Learn(ContentType contentType, QualityLevel profile, QualityFeedback feedback);
}
