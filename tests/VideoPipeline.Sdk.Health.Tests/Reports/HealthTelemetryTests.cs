using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace VideoPipeline.Sdk.Health.Tests.Reports;

public sealed class HealthTelemetryTests
{
    [Fact]
    public async Task ScoreGauge_ReportsTheLatestScore()
    {
        var cache = new ScriptedCheck(HealthStatus.Unhealthy);
        await using var host = HealthHost.Create(pipeline => pipeline
            .RegisterHealthChecker("cache", ComponentKind.Cache, cache.RunAsync)
            .RegisterHealthChecker("db", ComponentKind.Database, new ScriptedCheck().RunAsync));
        using var score = Collect<double>(host, VideoPipelineDiagnostics.HealthScore);

        await host.RefreshAsync();
        score.RecordObservableInstruments();
        cache.Returns(HealthStatus.Healthy);
        await host.RefreshAsync();
        score.RecordObservableInstruments();

        Assert.Equal([75, 100], score.GetMeasurementSnapshot().Select(measurement => measurement.Value));
    }

    [Fact]
    public async Task ComponentStatusGauge_ReportsEachComponentTaggedByName()
    {
        await using var host = HealthHost.Create(pipeline => pipeline
            .RegisterHealthChecker("cache", ComponentKind.Cache, new ScriptedCheck(HealthStatus.Degraded).RunAsync)
            .RegisterHealthChecker("db", ComponentKind.Database, new ScriptedCheck(HealthStatus.Unhealthy).RunAsync)
            .RegisterHealthChecker("queue", ComponentKind.Queue, new ScriptedCheck().RunAsync));
        using var status = Collect<int>(host, VideoPipelineDiagnostics.HealthComponentStatus);

        await host.RefreshAsync();
        status.RecordObservableInstruments();

        var byComponent = status.GetMeasurementSnapshot().ToDictionary(
            measurement => (string)measurement.Tags[VideoPipelineDiagnostics.ComponentTag]!,
            measurement => measurement.Value);
        Assert.Equal(new Dictionary<string, int> { ["cache"] = 1, ["db"] = 0, ["queue"] = 2 }, byComponent);
    }

    [Fact]
    public async Task CheckDuration_IsRecordedInSecondsPerComponentAndOutcome()
    {
        var api = new ScriptedCheck(HealthStatus.Degraded);
        await using var host = HealthHost.Create(pipeline => pipeline.RegisterHealthChecker("api", ComponentKind.ApiBackEnd, api.RunAsync));
        api.Behaviour = _ =>
        {
            host.Time.Advance(TimeSpan.FromMilliseconds(1_500));
            return ValueTask.FromResult(new ComponentCheckResult(HealthStatus.Degraded));
        };
        using var duration = Collect<double>(host, VideoPipelineDiagnostics.HealthCheckDuration);

        await host.RefreshAsync();

        var measurement = Assert.Single(duration.GetMeasurementSnapshot());
        Assert.Equal(1.5, measurement.Value);
        Assert.Equal("api", measurement.Tags[VideoPipelineDiagnostics.ComponentTag]);
        Assert.Equal("degraded", measurement.Tags[VideoPipelineDiagnostics.OutcomeTag]);
        Assert.Equal("s", duration.Instrument!.Unit);
    }

    [Fact]
    public async Task CheckDuration_OutcomeIsTheComponentsStatusAfterThresholds()
    {
        var queue = new ScriptedCheck();
        queue.Returns(HealthStatus.Healthy, ("depth", 5_000));
        await using var host = HealthHost.Create(pipeline => pipeline
            .AddHealthMonitoring(options => options.Components["queue"] = new ComponentOptions { Thresholds = { ["depth"] = new MetricThreshold { Warning = 10, Critical = 100 } } })
            .RegisterHealthChecker("queue", ComponentKind.Queue, queue.RunAsync));
        using var duration = Collect<double>(host, VideoPipelineDiagnostics.HealthCheckDuration);

        await host.RefreshAsync();

        Assert.Equal("unhealthy", Assert.Single(duration.GetMeasurementSnapshot()).Tags[VideoPipelineDiagnostics.OutcomeTag]);
    }

    private static MetricCollector<T> Collect<T>(HealthHost host, string instrument)
        where T : struct =>
        new(host.Services.GetRequiredService<IMeterFactory>(), VideoPipelineDiagnostics.Health, instrument);
}
