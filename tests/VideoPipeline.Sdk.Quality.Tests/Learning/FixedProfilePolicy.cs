using VideoPipeline.Sdk.Quality.Learning.Internal;

namespace VideoPipeline.Sdk.Quality.Tests.Learning;

/// <summary>A baseline that always chooses the same profile and learns nothing.</summary>
internal sealed class FixedProfilePolicy(QualityLevel profile) : ISimulatedPolicy
{
    public int Choose(ContentType contentType, ReadOnlySpan<ArmCandidate> candidates)
    {
        for (var index = 0; index < candidates.Length; index++)
        {
            if (candidates[index].Profile == profile)
            {
                return index;
            }
        }

        throw new InvalidOperationException($"{profile} is not among the candidates.");
    }

    public void Learn(ContentType contentType, QualityLevel profile, QualityFeedback feedback)
    {
    }
}
