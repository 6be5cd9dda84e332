using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace VideoPipeline.Sdk.Health.Tests.Evaluation;

public sealed class HistoryAndTrendTests
{
    [Theory]
    [InlineData(new[] { 10.0, 20, 30 }, MetricTrend.Rising)]
    [InlineData(new[] { 30.0, 20, 10 }, MetricTrend.Falling)]
    [InlineData(new[] { 100.0, 101, 100, 99, 100 }, MetricTrend.Stable)]
    [InlineData(new[] { 5.0, 5, 5, 5 }, MetricTrend.Stable)]
    [InlineData(new[] { 0.0, 0, 0 }, MetricTrend.Stable)]
    [InlineData(new[] { 10.0, 1_000 }, MetricTrend.Stable)]
    [InlineData(new[] { 100.0, 101, 102 }, MetricTrend.Stable)]
    [InlineData(new[] { 100.0, 103, 106 }, MetricTrend.Rising)]
    [InlineData(new[] { -10.0, -20, -30 }, MetricTrend.Falling)]
    [InlineData(new[] { 50.0, 10, 90, 50, 90, 10, 50 }, MetricTrend.Stable)]
    public async Task Trend_IsALeastSquaresLineThroughTheHistory(double[] values, MetricTrend trend)
    {
        var check = new ScriptedCheck();
        await using var host = HealthHost.Create(pipeline => pipeline.RegisterHealthChecker("queue", ComponentKind.Queue, check.RunAsync));

        ComponentHealth component = null!;
        foreach (var value in values)
        {
            check.Returns(HealthStatus.Healthy, ("depth", value));
            component = await host.RefreshAsync("queue");
        }

        Assert.Equal(trend, component.FindMetric("depth")!.Trend);
    }

    [Fact]
    public async Task Trend_OnlySeesTheLastHistorySizeValues()
    {
        var check = new ScriptedCheck();
        await using var host = HealthHost.Create(pipeline => pipeline
            .AddHealthMonitoring(options => options.HistorySize = 3)
            .RegisterHealthChecker("queue", ComponentKind.Queue, check.RunAsync));

        ComponentHealth component = null!;
        foreach (var value in new[] { 100.0, 1, 2, 3 })
        {
            check.Returns(HealthStatus.Healthy, ("depth", value));
            component = await host.RefreshAsync("queue");
        }

        // Over all four values the line falls; over the last three it rises.
        Assert.Equal(MetricTrend.Rising, component.FindMetric("depth")!.Trend);
    }

    [Fact]
    public async Task AvailabilityAndErrorRate_CountOnlyTheLastHistorySizeChecks()
    {
        var check = new ScriptedCheck();
        await using var host = HealthHost.Create(pipeline => pipeline
            .AddHealthMonitoring(options => options.HistorySize = 3)
            .RegisterHealthChecker("api", ComponentKind.ApiBackEnd, check.RunAsync));

        check.Behaviour = _ => throw new InvalidOperationException("down");
        await host.RefreshAsync("api");
        var afterTwoThrows = await host.RefreshAsync("api");
        check.Behaviour = null;
        check.Returns(HealthStatus.Unhealthy);
        var afterAReportedFailure = await host.RefreshAsync("api");
        check.Returns(HealthStatus.Healthy);
        var afterOneHealthy = await host.RefreshAsync("api");
        await host.RefreshAsync("api");
        var afterThreeHealthy = await host.RefreshAsync("api");

        AssertShares(afterTwoThrows, availability: 0, errorRate: 1);
        AssertShares(afterAReportedFailure, availability: 0, errorRate: 2.0 / 3);
        AssertShares(afterOneHealthy, availability: 1.0 / 3, errorRate: 1.0 / 3);
        AssertShares(afterThreeHealthy, availability: 1, errorRate: 0);
        Assert.Equal(MetricTrend.Rising, afterThreeHealthy.FindMetric(ComponentMetricNames.Availability)!.Trend);
        Assert.Equal(MetricTrend.Falling, afterThreeHealthy.FindMetric(ComponentMetricNames.ErrorRate)!.Trend);
    }

    [Fact]
    public async Task ConsecutiveFailures_CountUnhealthyChecksInARow_AndResetOnRecovery()
    {
        var check = new ScriptedCheck(HealthStatus.Unhealthy);
        await using var host = HealthHost.Create(pipeline => pipeline.RegisterHealthChecker("api", ComponentKind.ApiBackEnd, check.RunAsync));

        await host.RefreshAsync("api");
        await host.RefreshAsync("api");
        var third = await host.RefreshAsync("api");
        check.Returns(HealthStatus.Degraded);
        var degraded = await host.RefreshAsync("api");

        Assert.Equal(3, third.ConsecutiveFailures);
        Assert.Equal(0, degraded.ConsecutiveFailures);
        Assert.Equal(0.25, degraded.FindMetric(ComponentMetricNames.Availability)!.Value);
    }

    [Fact]
    public async Task MetricFlatAtZero_IsStable_NotRising()
    {
        var check = new ScriptedCheck();
        await using var host = HealthHost.Create(pipeline => pipeline.RegisterHealthChecker("api", ComponentKind.ApiBackEnd, check.RunAsync));

        await host.RefreshAsync("api");
        await host.RefreshAsync("api");
        var component = await host.RefreshAsync("api");

        Assert.Equal(0, component.FindMetric(ComponentMetricNames.ErrorRate)!.Value);
        Assert.Equal(MetricTrend.Stable, component.FindMetric(ComponentMetricNames.ErrorRate)!.Trend);
    }

    private static void AssertShares(ComponentHealth component, double availability, double errorRate)
    {
        Assert.Equal(availability, component.FindMetric(ComponentMetricNames.Availability)!.Value, 9);
        Assert.Equal(errorRate, component.FindMetric(ComponentMetricNames.ErrorRate)!.Value, 9);
    }
}
