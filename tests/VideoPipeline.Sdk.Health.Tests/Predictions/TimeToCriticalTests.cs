using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;

namespace VideoPipeline.Sdk.Health.Tests.Predictions;

public sealed class TimeToCriticalTests
{
    private const string Metric = "queue.depth";
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task RisingMetricPastTheFraction_PredictsTheLinearCrossing_OnlyAfterRequiredEvaluations()
    {
        // 60 + 2 per 10 s: past 75 (0.75 x 100) from the 9th evaluation (76), at the critical 100 at the 21st.
        var predictions = await PredictAsync(Above(warning: 80, critical: 100), evaluations: 22, index => 60 + (2 * index));

        for (var index = 0; index < 10; index++)
        {
            Assert.Null(predictions[index]);
        }

        for (var index = 10; index <= 20; index++)
        {
            var expected = TimeSpan.FromSeconds(10 * (20 - index));
            Assert.NotNull(predictions[index]);
            Assert.InRange(predictions[index]!.Value, expected - TimeSpan.FromSeconds(1), expected + TimeSpan.FromSeconds(1));
        }

        Assert.Null(predictions[21]);
    }

    [Fact]
    public async Task RisingMetricWithNoise_PredictsCloseToTheUnderlyingCrossing()
    {
        var random = new Random(7);
        var noise = Enumerable.Range(0, 40).Select(_ => (random.NextDouble() - 0.5) * 0.4).ToArray();

        // 70 + 0.5 per 10 s with +-0.2 of noise: the line reaches 100 at the 60th evaluation (600 s).
        var predictions = await PredictAsync(Above(warning: 90, critical: 100), evaluations: 40, index => 70 + (0.5 * index) + noise[index]);

        var expected = TimeSpan.FromSeconds(10 * (60 - 39));
        Assert.NotNull(predictions[39]);
        Assert.InRange(predictions[39]!.Value, expected - TimeSpan.FromSeconds(15), expected + TimeSpan.FromSeconds(15));
    }

    [Fact]
    public async Task NoisyFlatMetricBelowTheFraction_NeverPredicts()
    {
        var random = new Random(42);

        var predictions = await PredictAsync(Above(warning: 80, critical: 100), evaluations: 500, _ => 50 + ((random.NextDouble() - 0.5) * 40));

        Assert.All(predictions, Assert.Null);
    }

    [Fact]
    public async Task RisingMetricStillBelowTheFraction_DoesNotPredict()
    {
        // 10 + 1 per 10 s ends at 69, under 0.75 x 100, though the line crosses 100 within the hour.
        var predictions = await PredictAsync(Above(warning: 80, critical: 100), evaluations: 60, index => 10 + index);

        Assert.All(predictions, Assert.Null);
    }

    [Fact]
    public async Task RisingMetricWithAHigherFraction_WaitsForThatFraction()
    {
        // With 0.9, 60 + 2 per 10 s must reach 90 (the 16th evaluation) and hold three times.
        var predictions = await PredictAsync(Above(warning: 80, critical: 100), evaluations: 20, index => 60 + (2 * index), options => options.MinimumLevelFraction = 0.9);

        Assert.All(predictions.Take(17), Assert.Null);
        Assert.NotNull(predictions[17]);
    }

    [Fact]
    public async Task MetricAlreadyBeyondCritical_DoesNotPredict()
    {
        var predictions = await PredictAsync(Above(warning: 80, critical: 100), evaluations: 30, index => 101 + index);

        Assert.All(predictions, Assert.Null);
    }

    [Fact]
    public async Task FallingMetricTowardABelowThreshold_PredictsTheCrossing()
    {
        // 20 - 0.5 per 10 s: at most 10 / 0.75 = 13.33 from the 15th evaluation (13), at the critical 10 at the 21st.
        var threshold = new MetricThreshold { Warning = 20, Critical = 10, Direction = ThresholdDirection.Below };

        var predictions = await PredictAsync(threshold, evaluations: 22, index => 20 - (0.5 * index));

        Assert.All(predictions.Take(16), Assert.Null);
        for (var index = 16; index <= 20; index++)
        {
            var expected = TimeSpan.FromSeconds(10 * (20 - index));
            Assert.NotNull(predictions[index]);
            Assert.InRange(predictions[index]!.Value, expected - TimeSpan.FromSeconds(1), expected + TimeSpan.FromSeconds(1));
        }

        Assert.Null(predictions[21]);
    }

    [Fact]
    public async Task RisingMetricTowardABelowThreshold_DoesNotPredict()
    {
        var threshold = new MetricThreshold { Warning = 20, Critical = 10, Direction = ThresholdDirection.Below };

        var predictions = await PredictAsync(threshold, evaluations: 20, index => 11 + (0.1 * index));

        Assert.All(predictions, Assert.Null);
    }

    [Fact]
    public async Task FallingMetricTowardAnAboveThreshold_DoesNotPredict()
    {
        var predictions = await PredictAsync(Above(warning: 80, critical: 100), evaluations: 20, index => 99 - index);

        Assert.All(predictions, Assert.Null);
    }

    [Fact]
    public async Task CrossingBeyondTheHorizon_DoesNotPredict()
    {
        // 80 + 0.1 per 10 s reaches 100 after 2,000 s, beyond a 10-minute horizon.
        var predictions = await PredictAsync(Above(warning: 90, critical: 100), evaluations: 20, index => 80 + (0.1 * index), options => options.Horizon = TimeSpan.FromMinutes(10));

        Assert.All(predictions, Assert.Null);
    }

    [Fact]
    public async Task PredictionsDisabled_NeverPredict()
    {
        var predictions = await PredictAsync(Above(warning: 80, critical: 100), evaluations: 22, index => 60 + (2 * index), options => options.Enabled = false);

        Assert.All(predictions, Assert.Null);
    }

    [Fact]
    public async Task StreakBrokenByOneEvaluationOutsideTheGates_StartsAgain()
    {
        // Rising from 76 past the fraction, one dip under it at the 6th evaluation, then rising again.
        var predictions = await PredictAsync(Above(warning: 80, critical: 100), evaluations: 9, index => index == 5 ? 70 : 76 + index);

        Assert.NotNull(predictions[4]);
        Assert.All(predictions.Skip(5).Take(3), Assert.Null);
        Assert.NotNull(predictions[8]);
    }

    [Fact]
    public async Task MetricWithoutThreshold_DoesNotPredict()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var value = 0.0;
        var services = new ServiceCollection().AddSingleton<TimeProvider>(time);
        services.AddVideoPipeline()
            .AddHealthMonitoring()
            .RegisterHealthChecker("queue", ComponentKind.Queue, _ => ValueTask.FromResult(new ComponentCheckResult(HealthStatus.Healthy) { Metrics = new Dictionary<string, double> { [Metric] = value } }));
        await using var provider = services.BuildServiceProvider();
        var monitor = provider.GetRequiredService<IHealthMonitor>();

        HealthMonitorReport report = null!;
        for (var index = 0; index < 20; index++)
        {
            value = 60 + (2 * index);
            time.Advance(Step);
            report = await monitor.GetHealthReportAsync(refresh: true);
        }

        Assert.All(report.FindComponent("queue")!.Metrics, metric => Assert.Null(metric.TimeToCritical));
    }

    private static MetricThreshold Above(double warning, double critical) => new() { Warning = warning, Critical = critical, Direction = ThresholdDirection.Above };

    /// <summary>Evaluates a component whose metric takes <paramref name="valueAt"/>(i) at evaluation i, 10 s apart, and
    /// returns the metric's <see cref="ComponentMetric.TimeToCritical"/> after each evaluation.</summary>
    private static async Task<TimeSpan?[]> PredictAsync(
        MetricThreshold threshold,
        int evaluations,
        Func<int, double> valueAt,
        Action<PredictionOptions>? configure = null)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var value = 0.0;
        var services = new ServiceCollection().AddSingleton<TimeProvider>(time);
        services.AddVideoPipeline()
            .AddHealthMonitoring(options =>
            {
                options.Components["queue"] = new ComponentOptions { Thresholds = { [Metric] = threshold } };
                configure?.Invoke(options.Predictions);
            })
            .RegisterHealthChecker("queue", ComponentKind.Queue, _ => ValueTask.FromResult(new ComponentCheckResult(HealthStatus.Healthy) { Metrics = new Dictionary<string, double> { [Metric] = value } }));
        await using var provider = services.BuildServiceProvider();
        var monitor = provider.GetRequiredService<IHealthMonitor>();

        var predictions = new TimeSpan?[evaluations];
        for (var index = 0; index < evaluations; index++)
        {
            value = valueAt(index);
            time.Advance(Step);
            var report = await monitor.GetHealthReportAsync(refresh: true);
            var metric = report.FindComponent("queue")!.FindMetric(Metric)!;
            Assert.Equal(value, metric.Value);
            predictions[index] = metric.TimeToCritical;
        }

        return predictions;
    }
}
