using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace VideoPipeline.Sdk.Health.Tests.Reports;

public sealed class HealthReportTests
{
    [Fact]
    public async Task LatestReport_BeforeTheFirstEvaluation_ShowsEveryComponentNotCheckedYet()
    {
        var check = new ScriptedCheck();
        await using var host = HealthHost.Create(pipeline => pipeline.RegisterHealthChecker("api", ComponentKind.ApiBackEnd, check.RunAsync));

        var report = host.Monitor.GetLatestReport();

        var component = Assert.Single(report.Components);
        Assert.Equal(HealthStatus.Degraded, component.Status);
        Assert.Equal("Not checked yet.", component.Description);
        Assert.Null(component.LastChecked);
        Assert.Equal(50, report.Score);
        Assert.Equal(HealthHost.Epoch, report.Timestamp);
        Assert.Equal(0, check.Invocations);
    }

    [Fact]
    public async Task LatestReport_IsTheSameSnapshotUntilTheNextEvaluation_AndRunsNoCheck()
    {
        var check = new ScriptedCheck();
        await using var host = HealthHost.Create(pipeline => pipeline.RegisterHealthChecker("api", ComponentKind.ApiBackEnd, check.RunAsync));
        var evaluated = await host.RefreshAsync();
        host.Time.Advance(TimeSpan.FromMinutes(1));

        var latest = host.Monitor.GetLatestReport();
        var unrefreshed = await host.Monitor.GetHealthReportAsync();

        Assert.Same(evaluated, latest);
        Assert.Same(evaluated, unrefreshed);
        Assert.Equal(1, check.Invocations);
    }

    [Fact]
    public async Task Refresh_RunsEveryCheckNow_AndPublishesTheNewReport()
    {
        var check = new ScriptedCheck();
        await using var host = HealthHost.Create(pipeline => pipeline.RegisterHealthChecker("api", ComponentKind.ApiBackEnd, check.RunAsync));
        var first = await host.RefreshAsync();
        host.Time.Advance(TimeSpan.FromMinutes(1));
        check.Returns(HealthStatus.Unhealthy);

        var second = await host.Monitor.GetHealthReportAsync(refresh: true);

        Assert.NotSame(first, second);
        Assert.Same(second, host.Monitor.GetLatestReport());
        Assert.Equal(2, check.Invocations);
        Assert.Equal(HealthHost.Epoch.AddMinutes(1), second.Timestamp);
        Assert.Equal(HealthStatus.Unhealthy, second.FindComponent("api")!.Status);
    }

    [Fact]
    public async Task Refresh_AlreadyCancelled_ThrowsAndRunsNoCheck()
    {
        var check = new ScriptedCheck();
        await using var host = HealthHost.Create(pipeline => pipeline.RegisterHealthChecker("api", ComponentKind.ApiBackEnd, check.RunAsync));
        var before = host.Monitor.GetLatestReport();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => host.RefreshAsync(new CancellationToken(canceled: true)));

        Assert.Equal(0, check.Invocations);
        Assert.Same(before, host.Monitor.GetLatestReport());
    }

    [Fact]
    public async Task Refresh_CancelledWhileACheckHangs_ThrowsKeepsTheLatestReport_AndTheNextRefreshStillWorks()
    {
        var hanging = new ScriptedCheck { Behaviour = _ => new ValueTask<ComponentCheckResult>(new TaskCompletionSource<ComponentCheckResult>().Task) };
        var fast = new ScriptedCheck();
        await using var host = HealthHost.Create(pipeline => pipeline
            .RegisterHealthChecker("hanging", ComponentKind.Storage, hanging.RunAsync)
            .RegisterHealthChecker("fast", ComponentKind.Cache, fast.RunAsync));
        var before = host.Monitor.GetLatestReport();
        using var cancellation = new CancellationTokenSource();

        var refresh = host.RefreshAsync(cancellation.Token);
        await Eventually.Within(hanging.FirstInvocation);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Eventually.Within(refresh));
        Assert.Same(before, host.Monitor.GetLatestReport());
        var next = await Eventually.Within(host.RefreshAsync());
        Assert.Equal(1, hanging.Invocations);
        Assert.StartsWith("The previous check is still running", next.FindComponent("hanging")!.Description, StringComparison.Ordinal);
        Assert.Equal(HealthStatus.Healthy, next.FindComponent("fast")!.Status);
    }

    [Fact]
    public async Task Components_AreOrderedByName_AcrossHealthChecksAndCheckers()
    {
        await using var host = HealthHost.Create(
            pipeline => pipeline
                .RegisterHealthChecker("b-queue", ComponentKind.Queue, new ScriptedCheck().RunAsync)
                .RegisterHealthChecker("Z-api", ComponentKind.ApiBackEnd, new ScriptedCheck().RunAsync),
            checks => checks
                .AddCheck("c-db", () => HealthCheckResult.Healthy())
                .AddCheck("a-cache", () => HealthCheckResult.Healthy()));

        var report = await host.RefreshAsync();

        Assert.Equal(["Z-api", "a-cache", "b-queue", "c-db"], report.Components.Select(component => component.Name));
        Assert.Equal(
            [ComponentMetricNames.Availability, ComponentMetricNames.ErrorRate, ComponentMetricNames.ResponseTimeMilliseconds],
            report.FindComponent("a-cache")!.Metrics.Select(metric => metric.Name));
    }

    [Fact]
    public async Task FindComponentAndFindMetric_MatchNamesExactly()
    {
        var check = new ScriptedCheck();
        check.Returns(HealthStatus.Healthy, ("depth", 3));
        await using var host = HealthHost.Create(pipeline => pipeline.RegisterHealthChecker("queue", ComponentKind.Queue, check.RunAsync));

        var report = await host.RefreshAsync();

        var queue = report.FindComponent("queue");
        Assert.NotNull(queue);
        Assert.Null(report.FindComponent("Queue"));
        Assert.Null(report.FindComponent("missing"));
        Assert.Equal(3, queue.FindMetric("depth")!.Value);
        Assert.Null(queue.FindMetric("Depth"));
        Assert.Null(queue.FindMetric("missing"));
    }

    [Fact]
    public async Task ConcurrentRefreshes_RunOneEvaluationAtATime()
    {
        var running = 0;
        var overlapped = false;
        var check = new ScriptedCheck();
        check.Behaviour = async _ =>
        {
            overlapped |= Interlocked.Increment(ref running) > 1;
            await Task.Yield();
            Interlocked.Decrement(ref running);
            return ComponentCheckResult.Healthy;
        };
        await using var host = HealthHost.Create(pipeline => pipeline.RegisterHealthChecker("api", ComponentKind.ApiBackEnd, check.RunAsync));

        var reports = await Eventually.Within(Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() => host.RefreshAsync()))));

        Assert.False(overlapped);
        Assert.Equal(50, check.Invocations);
        Assert.All(reports, report => Assert.Equal(HealthStatus.Healthy, report.FindComponent("api")!.Status));
        Assert.Equal(50, reports.Distinct(ReferenceEqualityComparer.Instance).Count());
    }
}
