using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace VideoPipeline.Sdk.Health.Tests.Checks;

public sealed class CheckTimeoutTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task HangingCheck_IsUnhealthyWithTheTimeoutReason_AndHoldsNeitherTheOthersNorTheReport()
    {
        var hanging = new ScriptedCheck { Behaviour = _ => new ValueTask<ComponentCheckResult>(new TaskCompletionSource<ComponentCheckResult>().Task) };
        var fast = new ScriptedCheck();
        await using var host = HealthHost.Create(pipeline => pipeline
            .AddHealthMonitoring(options => options.DefaultTimeout = Timeout)
            .RegisterHealthChecker("hanging", ComponentKind.Storage, hanging.RunAsync)
            .RegisterHealthChecker("fast", ComponentKind.Cache, fast.RunAsync));
        var before = host.Monitor.GetLatestReport();

        var refresh = host.RefreshAsync();
        await Eventually.Within(fast.FirstInvocation);
        await host.Clock.WaitForTimersAsync(Timeout, 2);

        Assert.False(refresh.IsCompleted);
        Assert.Same(before, host.Monitor.GetLatestReport());
        host.Time.Advance(Timeout);
        var report = await Eventually.Within(refresh);

        var timedOut = report.FindComponent("hanging")!;
        Assert.Equal(HealthStatus.Unhealthy, timedOut.Status);
        Assert.Equal("The check did not finish within its 00:00:05 timeout.", timedOut.Description);
        Assert.Equal(1, timedOut.FindMetric(ComponentMetricNames.ErrorRate)!.Value);
        Assert.Equal(5_000, timedOut.FindMetric(ComponentMetricNames.ResponseTimeMilliseconds)!.Value);
        var other = report.FindComponent("fast")!;
        Assert.Equal(HealthStatus.Healthy, other.Status);
        Assert.Equal(HealthHost.Epoch, other.LastChecked);
    }

    [Fact]
    public async Task CheckThatHonoursItsToken_IsCancelledAtTheTimeout_AndRunsAgainAtALaterEvaluation()
    {
        var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var check = new ScriptedCheck();
        check.Behaviour = async token =>
        {
            if (check.Invocations == 1)
            {
                using var registration = token.Register(() => cancelled.TrySetResult());
                await Task.Delay(System.Threading.Timeout.InfiniteTimeSpan, token);
            }

            return ComponentCheckResult.Healthy;
        };
        await using var host = HealthHost.Create(pipeline => pipeline
            .AddHealthMonitoring(options => options.DefaultTimeout = Timeout)
            .RegisterHealthChecker("provider", ComponentKind.GenerationProvider, check.RunAsync));

        var refresh = host.RefreshAsync("provider");
        await host.Clock.WaitForTimersAsync(Timeout, 1);
        host.Time.Advance(Timeout);
        var timedOut = await Eventually.Within(refresh);
        await Eventually.Within(cancelled.Task);
        var recovered = await Eventually.UntilAsync(() => host.RefreshAsync("provider"), _ => check.Invocations == 2);

        Assert.Equal(HealthStatus.Unhealthy, timedOut.Status);
        Assert.Equal(HealthStatus.Healthy, recovered.Status);
    }

    [Fact]
    public async Task ThrowingCheck_IsUnhealthyNamingTheException()
    {
        await using var host = HealthHost.Create(pipeline => pipeline
            .RegisterHealthChecker("async", ComponentKind.Database, async _ =>
            {
                await Task.Yield();
                throw new InvalidOperationException("the pool is exhausted");
            })
            .RegisterHealthChecker("sync", ComponentKind.Cache, _ => throw new KeyNotFoundException("no such region")));

        var report = await host.RefreshAsync();

        var asynchronous = report.FindComponent("async")!;
        Assert.Equal(HealthStatus.Unhealthy, asynchronous.Status);
        Assert.Equal("The check threw InvalidOperationException: the pool is exhausted", asynchronous.Description);
        Assert.Equal(1, asynchronous.FindMetric(ComponentMetricNames.ErrorRate)!.Value);
        Assert.Equal(1, asynchronous.ConsecutiveFailures);
        Assert.Equal("The check threw KeyNotFoundException: no such region", report.FindComponent("sync")!.Description);
    }

    [Fact]
    public async Task HealthCheckThrowingItsOwnTimeoutException_IsReportedAsThrowing_NotAsTimedOut()
    {
        await using var host = HealthHost.Create(healthChecks: checks => checks.AddCheck("postgres", () => throw new TimeoutException("connect timed out")));

        var component = await host.RefreshAsync("postgres");

        Assert.Equal(HealthStatus.Unhealthy, component.Status);
        Assert.Equal("The check threw TimeoutException: connect timed out", component.Description);
    }

    [Fact]
    public async Task CheckCancelledByItsOwnToken_IsReportedAsThrowing_NotAsTimedOut()
    {
        // An HTTP client's own timeout surfaces as a TaskCanceledException that the monitor did not cause.
        await using var host = HealthHost.Create(pipeline => pipeline
            .AddHealthMonitoring()
            .RegisterHealthChecker("provider", ComponentKind.GenerationProvider, _ => throw new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing.")));

        var component = await host.RefreshAsync("provider");

        Assert.Equal(HealthStatus.Unhealthy, component.Status);
        Assert.StartsWith("The check threw TaskCanceledException: The request was canceled", component.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckStillRunningFromThePreviousEvaluation_IsReportedAsSuch_AndNotInvokedAgain()
    {
        var release = new TaskCompletionSource<ComponentCheckResult>();
        var check = new ScriptedCheck { Behaviour = _ => new ValueTask<ComponentCheckResult>(release.Task) };
        await using var host = HealthHost.Create(pipeline => pipeline
            .AddHealthMonitoring(options => options.DefaultTimeout = Timeout)
            .RegisterHealthChecker("storage", ComponentKind.Storage, check.RunAsync));
        var first = host.RefreshAsync("storage");
        await host.Clock.WaitForTimersAsync(Timeout, 1);
        host.Time.Advance(Timeout);
        await Eventually.Within(first);

        host.Time.Advance(TimeSpan.FromSeconds(25));
        var overlapping = await host.RefreshAsync("storage");

        Assert.Equal(1, check.Invocations);
        Assert.Equal(HealthStatus.Unhealthy, overlapping.Status);
        Assert.Equal("The previous check is still running after 00:00:30; it was not started again.", overlapping.Description);
        Assert.Equal(2, overlapping.ConsecutiveFailures);

        release.SetResult(ComponentCheckResult.Healthy);
        var next = await Eventually.UntilAsync(() => host.RefreshAsync("storage"), _ => check.Invocations == 2);

        Assert.Equal(HealthStatus.Healthy, next.Status);
    }

    [Fact]
    public async Task HealthCheckRegistrationTimeout_IsTheComponentsTimeout()
    {
        var registrationTimeout = TimeSpan.FromSeconds(2);
        await using var host = HealthHost.Create(healthChecks: checks => checks.AddAsyncCheck(
            "slow",
            () => new TaskCompletionSource<HealthCheckResult>().Task,
            timeout: registrationTimeout));

        var refresh = host.RefreshAsync("slow");
        await host.Clock.WaitForTimersAsync(registrationTimeout, 1);
        host.Time.Advance(registrationTimeout);
        var component = await Eventually.Within(refresh);

        Assert.Equal("The check did not finish within its 00:00:02 timeout.", component.Description);
    }

    [Fact]
    public async Task ComponentTimeoutOption_OverridesTheRegistrationAndTheDefault()
    {
        var componentTimeout = TimeSpan.FromSeconds(1);
        await using var host = HealthHost.Create(
            pipeline => pipeline
                .AddHealthMonitoring(options =>
                {
                    options.Components["slow"] = new ComponentOptions { Timeout = componentTimeout };
                    options.Components["slower"] = new ComponentOptions { Timeout = componentTimeout };
                })
                .RegisterHealthChecker("slower", ComponentKind.Custom, _ => new ValueTask<ComponentCheckResult>(new TaskCompletionSource<ComponentCheckResult>().Task)),
            checks => checks.AddAsyncCheck("slow", () => new TaskCompletionSource<HealthCheckResult>().Task, timeout: TimeSpan.FromSeconds(20)));

        var refresh = host.RefreshAsync();
        await host.Clock.WaitForTimersAsync(componentTimeout, 2);
        host.Time.Advance(componentTimeout);
        var report = await Eventually.Within(refresh);

        Assert.Equal("The check did not finish within its 00:00:01 timeout.", report.FindComponent("slow")!.Description);
        Assert.Equal("The check did not finish within its 00:00:01 timeout.", report.FindComponent("slower")!.Description);
    }
}
