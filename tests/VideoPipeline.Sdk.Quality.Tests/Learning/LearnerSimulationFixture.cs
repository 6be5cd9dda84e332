namespace VideoPipeline.Sdk.Quality.Tests.Learning;

/// <summary>Runs the learner and the two baselines through <see cref="LearnerSimulator"/> once per seed, shared by the
/// tests of <see cref="LearnerSimulationTests"/>.</summary>
public sealed class LearnerSimulationFixture
{
    public const int Seeds = 20;
    public const double PriorStrength = 10;
    public const double Epsilon = 0.1;

    public LearnerSimulationFixture()
    {
        var seeds = Enumerable.Range(1, Seeds).ToArray();
        Learner = [.. seeds.Select(seed => LearnerSimulator.Run(new ThompsonPolicy(seed, PriorStrength), seed))];
        FixedStandard = [.. seeds.Select(seed => LearnerSimulator.Run(new FixedProfilePolicy(QualityLevel.Standard), seed))];
        EpsilonGreedy = [.. seeds.Select(seed => LearnerSimulator.Run(new EpsilonGreedyPolicy(seed, Epsilon, PriorStrength), seed))];
    }

    internal IReadOnlyList<SimulationRun> Learner { get; }

    internal IReadOnlyList<SimulationRun> FixedStandard { get; }

    internal IReadOnlyList<SimulationRun> EpsilonGreedy { get; }
}
