using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using VideoPipeline.Sdk.Health.Recovery.Internal;

namespace VideoPipeline.Sdk.Health.Tests.Recovery;

public sealed class RecoveryOutcomeTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task ActionThatThrows_IsAuditedAsFailedWithTheMessage_AndTheNextActionStillRuns()
    {
        RecordingAction next = null!;
        await using var harness = new RecoveryHarness(
            ["storage"],
            EnableAfterOneEvaluation,
            (builder, time) => builder
                .AddRecoveryAction("storage", new RecordingAction("remount", time, _ => throw new IOException("the volume is busy")))
                .AddRecoveryAction("storage", next = new RecordingAction("reconnect", time)));
        harness.Set("storage", HealthStatus.Unhealthy);

        await harness.EvaluateAsync();
        var report = await harness.EvaluateAsync();

        Assert.Collection(
            report.RecoveryLog,
            attempt =>
            {
                Assert.Equal(("storage", "remount", RecoveryOutcome.Failed), (attempt.Component, attempt.Action, attempt.Outcome));
                Assert.Contains("IOException: the volume is busy", attempt.Description, StringComparison.Ordinal);
            },
            attempt => Assert.Equal(("reconnect", RecoveryOutcome.Succeeded), (attempt.Action, attempt.Outcome)));
        Assert.Single(next.Runs);
    }

    [Fact]
    public async Task ActionThatHangs_TimesOut_WithoutHoldingTheEvaluations()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var never = new TaskCompletionSource();
        await using var harness = new RecoveryHarness(
            ["worker"],
            options =>
            {
                EnableAfterOneEvaluation(options);
                options.Recovery.Timeout = TimeSpan.FromMinutes(2);
            },
            (builder, time) => builder.AddRecoveryAction("worker", new RecordingAction("restart", time, _ =>
            {
                started.TrySetResult();
                return never.Task;                       // ignores its token
            })));
        harness.Set("worker", HealthStatus.Unhealthy);

        await harness.Monitor.GetHealthReportAsync(refresh: true);
        await started.Task.WaitAsync(Guard);
        harness.Time.Advance(TimeSpan.FromMinutes(1));
        var during = await harness.Monitor.GetHealthReportAsync(refresh: true).AsTask().WaitAsync(Guard);

        Assert.Equal(harness.Start.AddMinutes(1), during.Timestamp);
        Assert.Empty(during.RecoveryLog);
        Assert.False(harness.WhenRecoveryIdleAsync().IsCompleted);

        harness.Time.Advance(TimeSpan.FromMinutes(1));
        await harness.WhenRecoveryIdleAsync().WaitAsync(Guard);
        var after = await harness.Monitor.GetHealthReportAsync(refresh: true);

        var attempt = Assert.Single(after.RecoveryLog);
        Assert.Equal((RecoveryOutcome.TimedOut, TimeSpan.FromMinutes(2)), (attempt.Outcome, attempt.Duration));
        Assert.Contains("did not finish within its 00:02:00 timeout", attempt.Description, StringComparison.Ordinal);
        Assert.False(never.Task.IsCompleted);
    }

    [Fact]
    public async Task ActionThatHonoursItsToken_IsCancelledAtTheTimeout()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var harness = new RecoveryHarness(
            ["worker"],
            options =>
            {
                EnableAfterOneEvaluation(options);
                options.Recovery.Timeout = TimeSpan.FromSeconds(5);
            },
            (builder, time) => builder.AddRecoveryAction("worker", new RecordingAction("restart", time, async token =>
            {
                started.TrySetResult();
                try
                {
                    await Task.Delay(Timeout.InfiniteTimeSpan, time, token);
                }
                catch (OperationCanceledException)
                {
                    cancelled.TrySetResult();
                    throw;
                }
            })));
        harness.Set("worker", HealthStatus.Unhealthy);

        await harness.Monitor.GetHealthReportAsync(refresh: true);
        await started.Task.WaitAsync(Guard);
        harness.Time.Advance(TimeSpan.FromSeconds(5));
        await harness.WhenRecoveryIdleAsync().WaitAsync(Guard);
        var report = await harness.Monitor.GetHealthReportAsync(refresh: true);

        await cancelled.Task.WaitAsync(Guard);                       // the action saw its token cancelled
        Assert.Equal(RecoveryOutcome.TimedOut, Assert.Single(report.RecoveryLog).Outcome);
    }

    [Fact]
    public async Task HostStopping_CancelsTheActionInFlight_AndAuditsItAsFailed()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddVideoPipeline()
            .AddHealthMonitoring(EnableAfterOneEvaluation)
            .RegisterHealthChecker("worker", ComponentKind.Custom, _ => ValueTask.FromResult(new ComponentCheckResult(HealthStatus.Unhealthy)))
            .AddRecoveryAction("worker", new RecordingAction("restart", time, async token =>
            {
                started.TrySetResult();
                await Task.Delay(Timeout.InfiniteTimeSpan, time, token);
            }));
        using var host = builder.Build();

        await host.StartAsync();                                       // the first evaluation starts the attempt
        await started.Task.WaitAsync(Guard);
        await host.StopAsync();
        await host.Services.GetRequiredService<RecoveryCoordinator>().Idle.WaitAsync(Guard);
        var report = await host.Services.GetRequiredService<IHealthMonitor>().GetHealthReportAsync(refresh: true);

        var attempt = Assert.Single(report.RecoveryLog);
        Assert.Equal(RecoveryOutcome.Failed, attempt.Outcome);
        Assert.Contains("The host stopped before the action finished.", attempt.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditLog_KeepsTheLatestAttemptsUpToItsSize_OldestFirst()
    {
        await using var harness = new RecoveryHarness(
            ["worker"],
            options =>
            {
                EnableAfterOneEvaluation(options);
                options.Recovery.MaxAttemptsPerHour = 100;
                options.Recovery.Backoff = TimeSpan.Zero;
                options.Recovery.AuditLogSize = 3;
            },
            (builder, time) => builder.AddRecoveryAction("worker", new RecordingAction("restart", time)));
        harness.Set("worker", HealthStatus.Unhealthy);

        await harness.EvaluateEveryMinuteAsync(4);                  // attempts at 0 to 4
        harness.Set("worker", HealthStatus.Healthy);
        var report = await harness.EvaluateAsync();
        var next = await harness.EvaluateAsync();

        Assert.Equal(
            new[] { 2, 3, 4 }.Select(minute => harness.Start.AddMinutes(minute)),
            report.RecoveryLog.Select(attempt => attempt.Timestamp));
        Assert.Same(report.RecoveryLog, next.RecoveryLog);
    }

    [Fact]
    public async Task EveryAttempt_IsCountedWithItsComponentActionAndOutcome()
    {
        await using var harness = new RecoveryHarness(
            ["worker"],
            EnableAfterOneEvaluation,
            (builder, time) => builder
                .AddRecoveryAction("worker", new RecordingAction("restart", time))
                .AddRecoveryAction("worker", new RecordingAction("drain", time, _ => throw new InvalidOperationException("busy"))));
        using var attempts = new MetricCollector<long>(harness.Services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(), VideoPipelineDiagnostics.Health, VideoPipelineDiagnostics.HealthRecoveryAttempts);
        harness.Set("worker", HealthStatus.Unhealthy);

        await harness.EvaluateAsync();

        Assert.Collection(
            attempts.GetMeasurementSnapshot(),
            measurement => Assert.Equal(("worker", "restart", "succeeded"), Tags(measurement)),
            measurement => Assert.Equal(("worker", "drain", "failed"), Tags(measurement)));
    }

    private static (object?, object?, object?) Tags(CollectedMeasurement<long> measurement) =>
        (measurement.Tags[VideoPipelineDiagnostics.ComponentTag], measurement.Tags[VideoPipelineDiagnostics.RecoveryActionTag], measurement.Tags[VideoPipelineDiagnostics.OutcomeTag]);

    private static void EnableAfterOneEvaluation(HealthMonitorOptions options) =>
        (options.Recovery.Enabled, options.Recovery.AfterUnhealthyEvaluations) = (true, 1);
}
