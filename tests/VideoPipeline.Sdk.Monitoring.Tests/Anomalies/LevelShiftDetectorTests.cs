using Xunit;

namespace VideoPipeline.Sdk.Monitoring.Tests.Anomalies;

public sealed class LevelShiftDetectorTests
{
    private static readonly DateTimeOffset Start = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Observe_DuringWarmup_DetectsNothingAndReportsNoBand()
    {
        var detector = new LevelShiftDetector(new LevelShiftDetectorOptions { WarmupSamples = 20 });
        var observations = Feed(detector, Noise(19, level: 10, seed: 1).Append(1_000).ToArray());

        Assert.All(observations.Take(20), observation => Assert.Equal(AnomalyTransition.None, observation.Transition));
        Assert.True(double.IsNaN(observations[10].UpperBound));
    }

    [Fact]
    public void Observe_StepChange_IsDetectedOnceThenBecomesTheNewNormal()
    {
        var detector = new LevelShiftDetector();
        var values = Noise(200, level: 10, seed: 2).Concat(Noise(300, level: 14, seed: 3)).ToArray();
        var observations = Feed(detector, values);

        var entered = observations.Select((observation, index) => (observation, index)).Where(pair => pair.observation.Transition == AnomalyTransition.Entered).ToArray();
        var single = Assert.Single(entered);
        Assert.InRange(single.index, 200, 205);
        Assert.True(single.observation.Value > single.observation.UpperBound);
        Assert.Contains(observations.Skip(single.index), observation => observation.Transition == AnomalyTransition.Cleared);
        Assert.False(detector.IsAnomalous);
    }

    [Fact]
    public void Observe_NoiseBelowMinimumChange_IsNotDetected()
    {
        // The noise is tiny but ten times its usual spread at times; 5% of the level is the smallest change worth reporting.
        var detector = new LevelShiftDetector(new LevelShiftDetectorOptions { MinimumRelativeChange = 0.05 });
        var random = new Random(4);
        var values = Enumerable.Range(0, 2_000).Select(index => 100 + (random.NextDouble() * 0.01) + (index % 97 == 0 ? 2 : 0)).ToArray();

        Assert.DoesNotContain(Feed(detector, values), observation => observation.Transition == AnomalyTransition.Entered);
    }

    [Fact]
    public void Observe_SpikeAboveMinimumChange_IsDetectedAndClearsAfterCalmSamples()
    {
        var detector = new LevelShiftDetector(new LevelShiftDetectorOptions { ClearAfterSamples = 5 });
        var observations = Feed(detector, [.. Noise(100, level: 10, seed: 5), 20, .. Noise(10, level: 10, seed: 6)]);

        Assert.Equal(AnomalyTransition.Entered, observations[100].Transition);
        Assert.Equal(AnomalyTransition.Cleared, observations[105].Transition);
        Assert.Equal(1, observations.Count(observation => observation.Transition == AnomalyTransition.Entered));
    }

    [Fact]
    public void Observe_Persistence_IgnoresASingleSpike()
    {
        var detector = new LevelShiftDetector(new LevelShiftDetectorOptions { Persistence = 2 });
        var observations = Feed(detector, [.. Noise(100, level: 10, seed: 7), 20, .. Noise(10, level: 10, seed: 8)]);

        Assert.DoesNotContain(observations, observation => observation.Transition == AnomalyTransition.Entered);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Observe_NonFiniteValue_Throws(double value)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new LevelShiftDetector().Observe(Start, value));
        Assert.Equal("value", exception.ParamName);
    }

    [Fact]
    public void Constructor_BadOption_ThrowsNamingTheOption()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new LevelShiftDetector(new LevelShiftDetectorOptions { Sensitivity = 0 }));
        Assert.Equal("options.Sensitivity", exception.ParamName);
        Assert.Contains("Sensitivity is 0; it must be greater than 0", exception.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new LevelShiftDetector(new LevelShiftDetectorOptions { BaselineSamples = 1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new LevelShiftDetector(new LevelShiftDetectorOptions { MinimumChange = double.NaN }));
        Assert.Throws<ArgumentNullException>(() => new LevelShiftDetector(null!));
    }

    internal static IEnumerable<double> Noise(int count, double level, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(_ => level + ((random.NextDouble() - 0.5) * 0.4)).ToArray();
    }

    private static LevelShiftObservation[] Feed(LevelShiftDetector detector, double[] values) =>
        [.. values.Select((value, index) => detector.Observe(Start.AddSeconds(10 * index), value))];
}
