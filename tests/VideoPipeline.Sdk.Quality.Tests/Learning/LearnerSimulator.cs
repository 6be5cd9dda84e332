namespace VideoPipeline.Sdk.Quality.Tests.Learning;

/// <summary>
/// Runs a policy through <see cref="Decisions"/> decisions of <see cref="SimulatedWorld"/>. Each decision draws a content
/// type uniformly, asks the policy for a profile, and answers with a star rating drawn from the profile's true quality q:
/// 1 + Binomial(4, q) stars, so <see cref="QualityFeedback.FromStars"/> gives a value whose mean is exactly q and whose
/// standard deviation is √(q(1 − q)/4), up to 0.25. Contexts and ratings come from two streams seeded by the run's seed,
/// so every policy run with a seed sees the same sequence of content types.
/// </summary>
internal static class LearnerSimulator
{
    public const int Decisions = 500;

    /// <summary>The late window is decisions 401 to 500 (zero-based 400 to 499).</summary>
    public const int LateWindowStart = 400;

    public static SimulationRun Run(ISimulatedPolicy policy, int seed)
    {
        var contexts = new Random(seed);
        var ratings = new Random(unchecked((seed * 7919) + 104_729));
        var candidates = SimulatedWorld.ContentTypes.Select((_, index) => SimulatedWorld.Candidates(index)).ToArray();
        var regret = 0.0;
        var oracleTotal = 0.0;
        double quality = 0, oracleQuality = 0, efficiencySum = 0;
        decimal cost = 0, oracleCost = 0;
        var oracleChoices = 0;
        var lateChoices = new int[SimulatedWorld.ContentTypes.Length, SimulatedWorld.Profiles.Length];
        for (var decision = 0; decision < Decisions; decision++)
        {
            var contentTypeIndex = contexts.Next(SimulatedWorld.ContentTypes.Length);
            var contentType = SimulatedWorld.ContentTypes[contentTypeIndex];
            var chosen = policy.Choose(contentType, candidates[contentTypeIndex]);
            var oracle = SimulatedWorld.OracleProfile(contentTypeIndex);
            var chosenValue = SimulatedWorld.QualityPerDollar(contentTypeIndex, chosen);
            var oracleValue = SimulatedWorld.QualityPerDollar(contentTypeIndex, oracle);
            regret += oracleValue - chosenValue;
            oracleTotal += oracleValue;
            if (decision >= LateWindowStart)
            {
                quality += SimulatedWorld.TrueQuality(contentTypeIndex, chosen);
                cost += SimulatedWorld.Cost(contentTypeIndex, chosen);
                oracleQuality += SimulatedWorld.TrueQuality(contentTypeIndex, oracle);
                oracleCost += SimulatedWorld.Cost(contentTypeIndex, oracle);
                efficiencySum += chosenValue / oracleValue;
                oracleChoices += chosen == oracle ? 1 : 0;
                lateChoices[contentTypeIndex, chosen]++;
            }

            var stars = 1 + DrawBinomial(ratings, 4, SimulatedWorld.TrueQuality(contentTypeIndex, chosen));
            policy.Learn(contentType, SimulatedWorld.Profiles[chosen], QualityFeedback.FromStars($"run-{decision}", stars));
        }

        const int late = Decisions - LateWindowStart;
        return new SimulationRun(seed, regret, oracleTotal, quality / (double)cost, oracleQuality / (double)oracleCost, efficiencySum / late, (double)oracleChoices / late, lateChoices);
    }

    private static int DrawBinomial(Random random, int trials, double probability)
    {
        var successes = 0;
        for (var trial = 0; trial < trials; trial++)
        {
            successes += random.NextDouble() < probability ? 1 : 0;
        }

        return successes;
    }
}
