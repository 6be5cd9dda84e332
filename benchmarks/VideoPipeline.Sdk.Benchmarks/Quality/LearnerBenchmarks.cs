using BenchmarkDotNet.Attributes;
using VideoPipeline.Sdk.Quality;
using VideoPipeline.Sdk.Quality.Learning.Internal;

namespace VideoPipeline.Sdk.Benchmarks.Quality;

/// <summary>
/// The learner's two hot calls: choosing among the four profiles of a content type (a Beta draw, that is two Gamma draws,
/// per profile, under one lock) and adding one piece of feedback. The floor is four <see cref="Random.NextDouble"/> draws
/// from a seeded <see cref="Random"/> of the same kind: the least any randomised choice among four arms costs.
/// </summary>
[MemoryDiagnoser]
public class LearnerBenchmarks
{
    private static readonly ArmCandidate[] FourProfiles =
    [
        new(QualityLevel.Economy, 1.20m, 0.45),
        new(QualityLevel.Standard, 3.00m, 0.60),
        new(QualityLevel.Premium, 7.20m, 0.72),
        new(QualityLevel.Ultra, 18.00m, 0.82),
    ];

    private readonly Random _floor = new(42);
    private BudgetedThompsonSampler _choosing = null!;
    private BudgetedThompsonSampler _updating = null!;

    [GlobalSetup]
    public void Setup()
    {
        // A learner with some history: 200 ratings spread over the narrative arms, so the beliefs are not the bare prior.
        _choosing = new BudgetedThompsonSampler(42, priorStrength: 2);
        var ratings = new Random(7);
        for (var rating = 0; rating < 200; rating++)
        {
            _choosing.Update(ContentType.Narrative, FourProfiles[rating % FourProfiles.Length].Profile, ratings.Next(5) / 4.0, 1);
        }

        _updating = new BudgetedThompsonSampler(42, priorStrength: 2);
    }

    [Benchmark(Baseline = true)]
    public double FourUniformDraws() => _floor.NextDouble() + _floor.NextDouble() + _floor.NextDouble() + _floor.NextDouble();

    [Benchmark]
    public int ChooseAmongFourProfiles() => _choosing.Choose(ContentType.Narrative, FourProfiles, qualityExponent: 1);

    [Benchmark]
    public void Update() => _updating.Update(ContentType.Narrative, QualityLevel.Standard, reward: 0.75, weight: 1);
}
