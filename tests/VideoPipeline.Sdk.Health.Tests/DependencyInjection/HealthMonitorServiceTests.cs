using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace VideoPipeline.Sdk.Health.Tests.DependencyInjection;

public sealed class HealthMonitorServiceTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Start_RunsOneEvaluationBeforeReturning()
    {
        var check = new ScriptedCheck(HealthStatus.Degraded);
        await using var host = HealthHost.Create(pipeline => pipeline.RegisterHealthChecker("api", ComponentKind.ApiBackEnd, check.RunAsync));

        await host.StartAsync();

        var component = host.Monitor.GetLatestReport().FindComponent("api")!;
        Assert.Equal(1, check.Invocations);
        Assert.Equal(HealthHost.Epoch, component.LastChecked);
        Assert.Equal(HealthStatus.Degraded, component.Status);
    }

    [Fact]
    public async Task Loop_EvaluatesAgainEveryCheckIntervalOnTheTimeProvider()
    {
        var check = new ScriptedCheck();
        await using var host = HealthHost.Create(pipeline => pipeline
            .AddHealthMonitoring(options => options.CheckInterval = Interval)
            .RegisterHealthChecker("api", ComponentKind.ApiBackEnd, check.RunAsync));
        await host.StartAsync();
        await host.Clock.WaitForTimersAsync(Interval, 1);
        var first = host.Monitor.GetLatestReport();

        host.Time.Advance(Interval - TimeSpan.FromSeconds(1));
        Assert.Same(first, host.Monitor.GetLatestReport());
        host.Time.Advance(TimeSpan.FromSeconds(1));
        await host.Clock.WaitForTimersAsync(Interval, 2);
        var second = host.Monitor.GetLatestReport();
        check.Returns(HealthStatus.Unhealthy);
        host.Time.Advance(Interval);
        await host.Clock.WaitForTimersAsync(Interval, 3);
        var third = host.Monitor.GetLatestReport();

        Assert.Equal(3, check.Invocations);
        Assert.Equal(HealthHost.Epoch + Interval, second.Timestamp);
        Assert.Equal(HealthHost.Epoch + (2 * Interval), third.Timestamp);
        Assert.Equal(HealthStatus.Unhealthy, third.FindComponent("api")!.Status);
    }

    [Fact]
    public async Task Loop_WaitsTheIntervalAfterTheEndOfTheEvaluation()
    {
        var check = new ScriptedCheck();
        await using var host = HealthHost.Create(pipeline => pipeline
            .AddHealthMonitoring(options => options.CheckInterval = Interval)
            .RegisterHealthChecker("api", ComponentKind.ApiBackEnd, check.RunAsync));
        check.Behaviour = _ =>
        {
            host.Time.Advance(TimeSpan.FromSeconds(4));
            return ValueTask.FromResult(ComponentCheckResult.Healthy);
        };
        await host.StartAsync();
        await host.Clock.WaitForTimersAsync(Interval, 1);

        host.Time.Advance(Interval);
        await host.Clock.WaitForTimersAsync(Interval, 2);

        // Started at 00:00:04 (after the first evaluation), ended at 00:00:19 + 4 s.
        Assert.Equal(HealthHost.Epoch + TimeSpan.FromSeconds(23), host.Monitor.GetLatestReport().Timestamp);
    }

    [Fact]
    public async Task Loop_WithAHangingCheck_GoesOnAtEveryInterval()
    {
        var timeout = TimeSpan.FromSeconds(3);
        var hanging = new ScriptedCheck { Behaviour = _ => new ValueTask<ComponentCheckResult>(new TaskCompletionSource<ComponentCheckResult>().Task) };
        var fast = new ScriptedCheck();
        await using var host = HealthHost.Create(pipeline => pipeline
            .AddHealthMonitoring(options =>
            {
                options.CheckInterval = Interval;
                options.DefaultTimeout = timeout;
            })
            .RegisterHealthChecker("hanging", ComponentKind.Storage, hanging.RunAsync)
            .RegisterHealthChecker("fast", ComponentKind.Cache, fast.RunAsync));

        var start = host.StartAsync();
        await host.Clock.WaitForTimersAsync(timeout, 2);
        host.Time.Advance(timeout);
        await Eventually.Within(start);
        await host.Clock.WaitForTimersAsync(Interval, 1);
        host.Time.Advance(Interval);
        await host.Clock.WaitForTimersAsync(Interval, 2);

        var report = host.Monitor.GetLatestReport();
        Assert.Equal(1, hanging.Invocations);
        Assert.Equal(2, fast.Invocations);
        Assert.StartsWith("The previous check is still running after 00:00:18", report.FindComponent("hanging")!.Description, StringComparison.Ordinal);
        Assert.Equal(HealthStatus.Healthy, report.FindComponent("fast")!.Status);
    }
}
