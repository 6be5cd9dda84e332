using VideoPipeline.Sdk.Quality.Learning.Internal;

namespace VideoPipeline.Sdk.Quality.Tests.Learning;

/// <summary>
/// A baseline: with probability ε a profile drawn uniformly, otherwise the best mean quality per dollar, the mean being the
/// same prior-smoothed sample mean as the learner's belief, (prior × s + Σ w × r) / (s + Σ w).
/// </summary>
internal sealed class EpsilonGreedyPolicy(long seed, double epsilon, double priorStrength) : ISimulatedPolicy
{
    private readonly Random _random = new(unchecked((int)seed));
    private readonly Dictionary<(ContentType, QualityLevel), (double Positive, double Weight)> _sums = [];

    public int Choose(ContentType contentType, ReadOnlySpan<ArmCandidate> candidates)
    {
        if (_random.NextDouble() < epsilon)
        {
            return _random.Next(candidates.Length);
        }

        var best = 0;
        var bestScore = double.NegativeInfinity;
        for (var index = 0; index < candidates.Length; index++)
        {
            var candidate = candidates[index];
            var (positive, weight) = _sums.GetValueOrDefault((contentType, candidate.Profile));
            var mean = ((candidate.PriorQuality * priorStrength) + positive) / (priorStrength + weight);
            var score = mean / (double)candidate.Cost;
            if (score > bestScore)
            {
                best = index;
                bestScore = score;
            }
        }

        return best;
    }

    public void Learn(ContentType contentType, QualityLevel profile, QualityFeedback feedback)
    {
        var (positive, weight) = _sums.GetValueOrDefault((contentType, profile));
        _sums[(contentType, profile)] = (positive + (feedback.Weight * feedback.Value), weight + feedback.Weight);
    }
}
