using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace VideoPipeline.Sdk.Health.Tests.Recovery;

public sealed class RecoveryGuardTests
{
    [Fact]
    public async Task RecoveryNotEnabled_NeverRunsTheAction()
    {
        RecordingAction action = null!;
        await using var harness = new RecoveryHarness(["worker"], _ => { }, (builder, time) => builder.AddRecoveryAction("worker", action = new RecordingAction("restart", time)));
        harness.Set("worker", HealthStatus.Unhealthy);

        var report = await harness.EvaluateEveryMinuteAsync(120);

        Assert.Equal(HealthStatus.Unhealthy, report.FindComponent("worker")!.Status);
        Assert.Empty(action.Runs);
        Assert.Empty(report.RecoveryLog);
    }

    [Fact]
    public async Task UnhealthyComponent_RecoversOnlyAfterTheConfiguredEvaluationsInARow()
    {
        RecordingAction action = null!;
        await using var harness = new RecoveryHarness(
            ["worker"],
            options => (options.Recovery.Enabled, options.Recovery.AfterUnhealthyEvaluations) = (true, 3),
            (builder, time) => builder.AddRecoveryAction("worker", action = new RecordingAction("restart", time)));
        harness.Set("worker", HealthStatus.Unhealthy);

        await harness.EvaluateAsync();
        await harness.EvaluateAsync();
        harness.Set("worker", HealthStatus.Healthy);
        await harness.EvaluateAsync();
        harness.Set("worker", HealthStatus.Unhealthy);
        await harness.EvaluateAsync();
        await harness.EvaluateAsync();
        Assert.Empty(action.Runs);

        var report = await harness.EvaluateAsync();
        harness.Set("worker", HealthStatus.Healthy);
        var next = await harness.EvaluateAsync();

        Assert.Single(action.Runs);
        Assert.Equal(3, action.LastComponent!.ConsecutiveFailures);
        Assert.Equal(HealthStatus.Unhealthy, action.LastComponent.Status);
        Assert.Empty(report.RecoveryLog);                              // the attempt ended after its report was published
        var attempt = Assert.Single(next.RecoveryLog);
        Assert.Equal(("worker", "restart", RecoveryOutcome.Succeeded), (attempt.Component, attempt.Action, attempt.Outcome));
    }

    [Fact]
    public async Task MetricBeyondItsCriticalLevel_CountsAsUnhealthy_EvenWhenTheCheckSaysHealthy()
    {
        RecordingAction action = null!;
        await using var harness = new RecoveryHarness(
            ["queue"],
            options =>
            {
                (options.Recovery.Enabled, options.Recovery.AfterUnhealthyEvaluations) = (true, 2);
                options.Components["queue"] = new ComponentOptions { Thresholds = { ["depth"] = new MetricThreshold { Warning = 500, Critical = 1_000 } } };
            },
            (builder, time) => builder.AddRecoveryAction("queue", action = new RecordingAction("drain", time)));
        harness.SetMetric("queue", "depth", 5_000);

        var first = await harness.EvaluateAsync();
        Assert.Empty(action.Runs);
        await harness.EvaluateAsync();

        Assert.Equal((HealthStatus.Unhealthy, 1), (first.FindComponent("queue")!.Status, first.FindComponent("queue")!.ConsecutiveFailures));
        Assert.Single(action.Runs);
        Assert.Equal(2, action.LastComponent!.ConsecutiveFailures);
    }

    [Fact]
    public async Task StillUnhealthy_AttemptsAreSpacedByADoublingBackoff_AndNoHourHoldsMoreThanTheLimit()
    {
        RecordingAction action = null!;
        await using var harness = new RecoveryHarness(
            ["worker"],
            options =>
            {
                options.Recovery.Enabled = true;
                options.Recovery.AfterUnhealthyEvaluations = 1;
                options.Recovery.MaxAttemptsPerHour = 3;
                options.Recovery.Backoff = TimeSpan.FromMinutes(1);
            },
            (builder, time) => builder.AddRecoveryAction("worker", action = new RecordingAction("restart", time)));
        harness.Set("worker", HealthStatus.Unhealthy);

        var report = await harness.EvaluateEveryMinuteAsync(6 * 60);

        // Waits of 1, 2, 4, 8, 16, 32, 64 and 128 minutes; at 7 the hour since 0 still holds 3 attempts (0, 1, 3), so the
        // 4th waits until 60; at 116 the hour holds 60, 68 and 84, so the 7th waits until 120.
        int[] expected = [0, 1, 3, 60, 68, 84, 120, 184, 312];
        Assert.Equal(expected.Select(minute => harness.Start.AddMinutes(minute)), action.Runs);
        Assert.Equal(expected.Select(minute => harness.Start.AddMinutes(minute)), report.RecoveryLog.Select(attempt => attempt.Timestamp));
        Assert.All(action.Runs, run => Assert.InRange(action.Runs.Count(other => other > run - TimeSpan.FromHours(1) && other <= run), 1, 3));
    }

    [Fact]
    public async Task ComponentHealthyAgain_StartsTheBackoffAgain()
    {
        RecordingAction action = null!;
        await using var harness = new RecoveryHarness(
            ["worker"],
            options =>
            {
                options.Recovery.Enabled = true;
                options.Recovery.AfterUnhealthyEvaluations = 1;
                options.Recovery.MaxAttemptsPerHour = 100;
                options.Recovery.Backoff = TimeSpan.FromMinutes(1);
            },
            (builder, time) => builder.AddRecoveryAction("worker", action = new RecordingAction("restart", time)));
        harness.Set("worker", HealthStatus.Unhealthy);
        await harness.EvaluateEveryMinuteAsync(3);                    // attempts at 0, 1 and 3; the next would wait 4 minutes
        harness.Time.Advance(TimeSpan.FromMinutes(1));
        harness.Set("worker", HealthStatus.Healthy);
        await harness.EvaluateAsync();                                 // healthy at 4

        harness.Set("worker", HealthStatus.Unhealthy);
        for (var minute = 5; minute <= 7; minute++)
        {
            harness.Time.Advance(TimeSpan.FromMinutes(1));
            await harness.EvaluateAsync();
        }

        // At 5 the backoff is 1 minute again (not 4), then 1 minute, then 2.
        Assert.Equal(new[] { 0, 1, 3, 5, 6 }.Select(minute => harness.Start.AddMinutes(minute)), action.Runs);
    }

    [Fact]
    public async Task DegradedComponent_IsNotRecovered()
    {
        RecordingAction action = null!;
        await using var harness = new RecoveryHarness(
            ["worker"],
            options => (options.Recovery.Enabled, options.Recovery.AfterUnhealthyEvaluations) = (true, 1),
            (builder, time) => builder.AddRecoveryAction("worker", action = new RecordingAction("restart", time)));
        harness.Set("worker", HealthStatus.Degraded);

        await harness.EvaluateEveryMinuteAsync(10);

        Assert.Empty(action.Runs);
    }

    [Theory]
    [InlineData("database")]
    [InlineData("network")]
    public async Task DependencyUnhealthy_DirectlyOrTransitively_HoldsRecoveryUntilItIsBack(string downDependency)
    {
        RecordingAction action = null!;
        await using var harness = new RecoveryHarness(
            ["api", "database", "network"],
            options =>
            {
                options.Recovery.Enabled = true;
                options.Recovery.AfterUnhealthyEvaluations = 1;
                options.Components["api"] = new ComponentOptions { DependsOn = { "database" } };
                options.Components["database"] = new ComponentOptions { DependsOn = { "network" } };
            },
            (builder, time) => builder.AddRecoveryAction("api", action = new RecordingAction("reset-client", time)));
        harness.Set("api", HealthStatus.Unhealthy);
        harness.Set(downDependency, HealthStatus.Unhealthy);

        var report = await harness.EvaluateEveryMinuteAsync(10);
        Assert.Empty(action.Runs);
        Assert.Empty(report.RecoveryLog);

        harness.Set(downDependency, HealthStatus.Healthy);
        harness.Time.Advance(TimeSpan.FromMinutes(1));
        await harness.EvaluateAsync();

        Assert.Equal([harness.Start.AddMinutes(11)], action.Runs);
    }

    [Fact]
    public async Task DependentUnhealthy_DoesNotHoldTheRecoveryOfItsDependency()
    {
        RecordingAction action = null!;
        await using var harness = new RecoveryHarness(
            ["api", "database"],
            options =>
            {
                options.Recovery.Enabled = true;
                options.Recovery.AfterUnhealthyEvaluations = 1;
                options.Components["api"] = new ComponentOptions { DependsOn = { "database" } };
            },
            (builder, time) => builder.AddRecoveryAction("database", action = new RecordingAction("failover", time)));
        harness.Set("api", HealthStatus.Unhealthy);
        harness.Set("database", HealthStatus.Unhealthy);

        await harness.EvaluateAsync();

        Assert.Single(action.Runs);
    }

    [Fact]
    public async Task DryRun_AuditsEachActionAsDryRun_AndNeverExecutesThem()
    {
        RecordingAction first = null!, second = null!;
        await using var harness = new RecoveryHarness(
            ["cache"],
            options => (options.Recovery.Enabled, options.Recovery.DryRun, options.Recovery.AfterUnhealthyEvaluations) = (true, true, 2),
            (builder, time) => builder
                .AddRecoveryAction("cache", first = new RecordingAction("clear-region", time))
                .AddRecoveryAction("cache", second = new RecordingAction("reconnect", time)));
        harness.Set("cache", HealthStatus.Unhealthy);

        var report = await harness.EvaluateEveryMinuteAsync(1);

        Assert.Empty(first.Runs);
        Assert.Empty(second.Runs);
        Assert.Collection(
            report.RecoveryLog,
            attempt => Assert.Equal(("clear-region", RecoveryOutcome.DryRun, TimeSpan.Zero, harness.Start.AddMinutes(1)), (attempt.Action, attempt.Outcome, attempt.Duration, attempt.Timestamp)),
            attempt => Assert.Equal(("reconnect", RecoveryOutcome.DryRun, TimeSpan.Zero, harness.Start.AddMinutes(1)), (attempt.Action, attempt.Outcome, attempt.Duration, attempt.Timestamp)));
        Assert.Contains("unhealthy for 2 evaluations in a row", report.RecoveryLog[0].Description, StringComparison.Ordinal);
    }
}
