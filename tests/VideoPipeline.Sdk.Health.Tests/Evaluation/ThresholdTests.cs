using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace VideoPipeline.Sdk.Health.Tests.Evaluation;

public sealed class ThresholdTests
{
    [Theory]
    [InlineData(400, HealthStatus.Healthy, null)]
    [InlineData(500, HealthStatus.Healthy, null)]
    [InlineData(740, HealthStatus.Degraded, "depth is 740, above the warning level 500.")]
    [InlineData(2_000, HealthStatus.Degraded, "depth is 2000, above the warning level 500.")]
    [InlineData(2_500.5, HealthStatus.Unhealthy, "depth is 2500.5, above the critical level 2000.")]
    public async Task ThresholdAbove_ValuesAboveALevel_DegradeOrFailTheComponent(double depth, HealthStatus status, string? description)
    {
        var threshold = new MetricThreshold { Warning = 500, Critical = 2_000 };
        await using var host = HostWithThreshold("queue", "depth", threshold, out var check);
        check.Returns(HealthStatus.Healthy, ("depth", depth));

        var component = await host.RefreshAsync("queue");

        Assert.Equal(status, component.Status);
        Assert.Equal(description, component.Description);
        var metric = component.FindMetric("depth")!;
        Assert.Equal(status, metric.Status);
        Assert.Same(threshold, metric.Threshold);
    }

    [Theory]
    [InlineData(0.5, HealthStatus.Healthy, null)]
    [InlineData(0.2, HealthStatus.Healthy, null)]
    [InlineData(0.1, HealthStatus.Degraded, "free_space is 0.1, below the warning level 0.2.")]
    [InlineData(0.05, HealthStatus.Degraded, "free_space is 0.05, below the warning level 0.2.")]
    [InlineData(0.01, HealthStatus.Unhealthy, "free_space is 0.01, below the critical level 0.05.")]
    public async Task ThresholdBelow_ValuesBelowALevel_DegradeOrFailTheComponent(double freeSpace, HealthStatus status, string? description)
    {
        await using var host = HostWithThreshold("storage", "free_space", new MetricThreshold { Warning = 0.2, Critical = 0.05, Direction = ThresholdDirection.Below }, out var check);
        check.Returns(HealthStatus.Healthy, ("free_space", freeSpace));

        var component = await host.RefreshAsync("storage");

        Assert.Equal(status, component.Status);
        Assert.Equal(description, component.Description);
        Assert.Equal(status, component.FindMetric("free_space")!.Status);
    }

    [Fact]
    public async Task ThresholdOnTheMeasuredResponseTime_Applies()
    {
        await using var host = HostWithThreshold("api", ComponentMetricNames.ResponseTimeMilliseconds, new MetricThreshold { Warning = 100, Critical = 1_000 }, out var check);
        check.Behaviour = _ =>
        {
            host.Time.Advance(TimeSpan.FromMilliseconds(300));
            return ValueTask.FromResult(ComponentCheckResult.Healthy);
        };

        var component = await host.RefreshAsync("api");

        Assert.Equal(HealthStatus.Degraded, component.Status);
        Assert.Equal("response_time.ms is 300, above the warning level 100.", component.Description);
    }

    [Fact]
    public async Task ThresholdOnAvailability_FollowsTheHistory()
    {
        await using var host = HostWithThreshold(
            "api",
            ComponentMetricNames.Availability,
            new MetricThreshold { Warning = 0.9, Critical = 0.5, Direction = ThresholdDirection.Below },
            out var check);

        var healthy = await host.RefreshAsync("api");
        check.Returns(HealthStatus.Unhealthy);
        await host.RefreshAsync("api");
        check.Returns(HealthStatus.Healthy);
        var afterOneFailureInThree = await host.RefreshAsync("api");

        Assert.Equal(HealthStatus.Healthy, healthy.Status);
        Assert.Equal(HealthStatus.Degraded, afterOneFailureInThree.Status);
        Assert.Equal("availability is 0.667, below the warning level 0.9.", afterOneFailureInThree.Description);
    }

    [Fact]
    public async Task MetricWorseThanTheCheck_DecidesTheStatusAndTheDescription()
    {
        await using var host = HostWithThreshold("queue", "depth", new MetricThreshold { Warning = 500, Critical = 2_000 }, out var check);
        check.Outcome = new ComponentCheckResult(HealthStatus.Degraded, "slow consumer") { Metrics = new Dictionary<string, double> { ["depth"] = 3_000 } };

        var component = await host.RefreshAsync("queue");

        Assert.Equal(HealthStatus.Unhealthy, component.Status);
        Assert.Equal("depth is 3000, above the critical level 2000.", component.Description);
    }

    [Fact]
    public async Task CheckWorseThanTheMetric_KeepsItsStatusAndDescription()
    {
        await using var host = HostWithThreshold("queue", "depth", new MetricThreshold { Warning = 500, Critical = 2_000 }, out var check);
        check.Outcome = new ComponentCheckResult(HealthStatus.Unhealthy, "broker unreachable") { Metrics = new Dictionary<string, double> { ["depth"] = 800 } };

        var component = await host.RefreshAsync("queue");

        Assert.Equal(HealthStatus.Unhealthy, component.Status);
        Assert.Equal("broker unreachable", component.Description);
        Assert.Equal(HealthStatus.Degraded, component.FindMetric("depth")!.Status);
    }

    [Fact]
    public async Task SeveralMetricsBeyondTheirLevels_TheWorstIsDescribed()
    {
        var check = new ScriptedCheck();
        check.Returns(HealthStatus.Healthy, ("cpu", 0.85), ("memory", 0.99));
        await using var host = HealthHost.Create(pipeline => pipeline
            .AddHealthMonitoring(options => options.Components["worker"] = new ComponentOptions
            {
                Thresholds =
                {
                    ["cpu"] = new MetricThreshold { Warning = 0.8, Critical = 0.95 },
                    ["memory"] = new MetricThreshold { Warning = 0.8, Critical = 0.95 },
                },
            })
            .RegisterHealthChecker("worker", ComponentKind.Custom, check.RunAsync));

        var component = await host.RefreshAsync("worker");

        Assert.Equal(HealthStatus.Unhealthy, component.Status);
        Assert.Equal("memory is 0.99, above the critical level 0.95.", component.Description);
        Assert.Equal(HealthStatus.Degraded, component.FindMetric("cpu")!.Status);
    }

    [Fact]
    public async Task ThresholdOnAMetricTheCheckDoesNotReport_ChangesNothing()
    {
        await using var host = HostWithThreshold("queue", "depth", new MetricThreshold { Warning = 500, Critical = 2_000 }, out _);

        var component = await host.RefreshAsync("queue");

        Assert.Equal(HealthStatus.Healthy, component.Status);
        Assert.Null(component.FindMetric("depth"));
    }

    private static HealthHost HostWithThreshold(string component, string metric, MetricThreshold threshold, out ScriptedCheck check)
    {
        var scripted = new ScriptedCheck();
        check = scripted;
        return HealthHost.Create(pipeline => pipeline
            .AddHealthMonitoring(options => options.Components[component] = new ComponentOptions { Thresholds = { [metric] = threshold } })
            .RegisterHealthChecker(component, ComponentKind.Custom, scripted.RunAsync));
    }
}
