using VideoPipeline.Sdk.Quality.Learning.Internal;

namespace VideoPipeline.Sdk.Quality.Tests.Learning;

public sealed class BudgetedThompsonSamplerConcurrencyTests
{
    private const int Workers = 8;
    private const int OperationsPerWorker = 20_000;

    private static readonly ArmCandidate[] FourProfiles =
    [
        new(QualityLevel.Economy, 1.20m, 0.45),
        new(QualityLevel.Standard, 3.00m, 0.60),
        new(QualityLevel.Premium, 7.20m, 0.72),
        new(QualityLevel.Ultra, 18.00m, 0.82),
    ];

    [Fact]
    public async Task ParallelUpdatesChoicesAndExports_LoseNoFeedback_AndEveryResultIsValid()
    {
        var sampler = new BudgetedThompsonSampler(17, priorStrength: 2);
        using var start = new Barrier(Workers);

        // The workers start together, each on its own thread.
        var results = await Task.WhenAll(Enumerable.Range(0, Workers).Select(worker => Task.Factory.StartNew(
            () => Work(sampler, start, seed: worker),
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default)));

        foreach (var contentType in Enum.GetValues<ContentType>())
        {
            foreach (var candidate in FourProfiles)
            {
                var arm = LearnerArms.IndexOf(contentType, candidate.Profile);
                var positive = results.Sum(result => result.Positive[arm]);
                var negative = results.Sum(result => result.Negative[arm]);
                var belief = sampler.GetBelief(contentType, candidate.Profile, candidate.PriorQuality);
                Assert.Equal((candidate.PriorQuality * 2) + positive, belief.Alpha);
                Assert.Equal(((1 - candidate.PriorQuality) * 2) + negative, belief.Beta);
                Assert.Equal(positive + negative, belief.Observations);
            }
        }

        // Every export taken during the run is a consistent state that imports.
        var exports = results.SelectMany(result => result.Exports).ToArray();
        Assert.NotEmpty(exports);
        Assert.All(exports, json => new BudgetedThompsonSampler(1, priorStrength: 2).ImportState(json));
    }

    /// <summary>
    /// 70% updates, 29% choices, 1% exports. Half the operations are on one hot arm, so that a lost update would show.
    /// Rewards and weights are multiples of 1/4 and 1/2, so every sum is exact in any order and can be compared with ==.
    /// </summary>
    private static (double[] Positive, double[] Negative, List<string> Exports) Work(BudgetedThompsonSampler sampler, Barrier start, int seed)
    {
        var contentTypes = Enum.GetValues<ContentType>();
        var random = new Random(seed);
        var positive = new double[LearnerArms.Count];
        var negative = new double[LearnerArms.Count];
        var exports = new List<string>();
        start.SignalAndWait();
        for (var operation = 0; operation < OperationsPerWorker; operation++)
        {
            var hot = random.Next(2) == 0;
            var contentType = hot ? ContentType.Narrative : contentTypes[random.Next(contentTypes.Length)];
            var roll = random.Next(100);
            if (roll < 70)
            {
                var profile = hot ? QualityLevel.Standard : FourProfiles[random.Next(FourProfiles.Length)].Profile;
                var reward = random.Next(5) / 4.0;
                var weight = random.Next(2) == 0 ? 1 : 0.5;
                sampler.Update(contentType, profile, reward, weight);
                positive[LearnerArms.IndexOf(contentType, profile)] += weight * reward;
                negative[LearnerArms.IndexOf(contentType, profile)] += weight * (1 - reward);
            }
            else if (roll < 99)
            {
                var choice = sampler.Choose(contentType, FourProfiles, random.Next(2) == 0 ? 1 : double.PositiveInfinity);
                Assert.InRange(choice, 0, FourProfiles.Length - 1);
            }
            else
            {
                exports.Add(sampler.ExportState());
            }
        }

        return (positive, negative, exports);
    }
}
