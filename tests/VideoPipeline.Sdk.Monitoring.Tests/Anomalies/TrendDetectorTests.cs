using Xunit;

namespace VideoPipeline.Sdk.Monitoring.Tests.Anomalies;

public sealed class TrendDetectorTests
{
    private static readonly DateTimeOffset Start = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Observe_LinearRamp_PredictsTheCrossingWithinOneSample()
    {
        // 0.5 rising by 0.001 per 10 s crosses 0.9 after 400 samples, at 4,000 s.
        var detector = new TrendDetector(new TrendDetectorOptions { Threshold = 0.9, Horizon = TimeSpan.FromHours(2), MinimumFractionOfThreshold = 0.5, Persistence = 1 });
        var random = new Random(1);
        TrendObservation last = default;
        for (var index = 0; index < 100; index++)
        {
            last = detector.Observe(Start.AddSeconds(10 * index), 0.5 + (0.001 * index) + ((random.NextDouble() - 0.5) * 0.002));
        }

        Assert.True(last.IsPredicting);
        Assert.NotNull(last.PredictedCrossing);
        Assert.InRange((last.PredictedCrossing.Value - Start).TotalSeconds, 3_900, 4_100);
        Assert.InRange(last.RatePerSecond, 0.00009, 0.00011);
    }

    [Fact]
    public void Observe_LevelBelowFraction_DoesNotPredict()
    {
        var options = new TrendDetectorOptions { Threshold = 0.9, Horizon = TimeSpan.FromDays(1), MinimumFractionOfThreshold = 0.75, Persistence = 1 };
        var observations = Ramp(new TrendDetector(options), from: 0.1, step: 0.001, count: 200);

        Assert.DoesNotContain(observations, observation => observation.IsPredicting);
        Assert.NotNull(observations[^1].PredictedCrossing);
    }

    [Fact]
    public void Observe_CrossingBeyondHorizon_DoesNotPredict()
    {
        // 0.8 rising by 0.0001 per 10 s reaches 0.9 in about 2.7 hours: beyond a 30-minute horizon.
        var observations = Ramp(new TrendDetector(new TrendDetectorOptions { Persistence = 1 }), from: 0.8, step: 0.0001, count: 100);

        Assert.DoesNotContain(observations, observation => observation.IsPredicting);
    }

    [Fact]
    public void Observe_ConditionShorterThanPersistence_DoesNotPredict()
    {
        var detector = new TrendDetector(new TrendDetectorOptions { WindowSamples = 5, Persistence = 3 });
        var values = new[] { 0.80, 0.80, 0.80, 0.80, 0.80, 0.85, 0.80, 0.80, 0.80, 0.80, 0.80 };
        var observations = values.Select((value, index) => detector.Observe(Start.AddSeconds(10 * index), value)).ToArray();

        Assert.Contains(observations, observation => observation.PredictedCrossing is not null);
        Assert.DoesNotContain(observations, observation => observation.IsPredicting);
    }

    [Fact]
    public void Observe_TrendReverses_ResolvesThePrediction()
    {
        var detector = new TrendDetector(new TrendDetectorOptions { WindowSamples = 10, Persistence = 2 });
        var rising = Ramp(detector, from: 0.8, step: 0.002, count: 20);
        var falling = Enumerable.Range(0, 30).Select(index => detector.Observe(Start.AddSeconds(10 * (20 + index)), 0.84 - (0.002 * index))).ToArray();

        Assert.Single(rising, observation => observation.Transition == AnomalyTransition.Entered);
        Assert.Single(falling, observation => observation.Transition == AnomalyTransition.Cleared);
        Assert.False(detector.IsPredicting);
    }

    [Fact]
    public void Observe_Downward_PredictsFallingThroughAFloor()
    {
        var detector = new TrendDetector(new TrendDetectorOptions { Threshold = 0.1, Direction = TrendDirection.Downward, WindowSamples = 10, Persistence = 1 });
        var observations = Ramp(detector, from: 0.13, step: -0.0005, count: 20);

        var entered = Assert.Single(observations, observation => observation.Transition == AnomalyTransition.Entered);
        Assert.Equal(TrendDirection.Downward, entered.Direction);
        Assert.True(entered.PredictedCrossing > entered.Timestamp);
    }

    [Fact]
    public void Observe_BadInput_Throws()
    {
        var detector = new TrendDetector(new TrendDetectorOptions());
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => detector.Observe(Start, double.NaN)).ParamName);
        detector.Observe(Start, 0.5);
        Assert.Equal("timestamp", Assert.Throws<ArgumentOutOfRangeException>(() => detector.Observe(Start.AddSeconds(-1), 0.5)).ParamName);
    }

    [Fact]
    public void Constructor_BadOption_ThrowsNamingTheOption()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new TrendDetector(new TrendDetectorOptions { Horizon = TimeSpan.Zero }));
        Assert.Equal("options.Horizon", exception.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => new TrendDetector(new TrendDetectorOptions { WindowSamples = 2 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TrendDetector(new TrendDetectorOptions { Threshold = double.PositiveInfinity }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TrendDetector(new TrendDetectorOptions { Direction = (TrendDirection)7 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TrendDetector(new TrendDetectorOptions { MinimumFractionOfThreshold = 0 }));
    }

    private static TrendObservation[] Ramp(TrendDetector detector, double from, double step, int count) =>
        [.. Enumerable.Range(0, count).Select(index => detector.Observe(Start.AddSeconds(10 * index), from + (step * index)))];
}
