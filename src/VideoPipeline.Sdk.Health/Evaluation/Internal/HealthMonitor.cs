using System.Diagnostics;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VideoPipeline.Sdk.Health.Alerting.Internal;
using VideoPipeline.Sdk.Health.Checks.Internal;
using VideoPipeline.Sdk.Health.Diagnostics.Internal;
using VideoPipeline.Sdk.Health.Recovery.Internal;

namespace VideoPipeline.Sdk.Health.Evaluation.Internal;

/// <summary>
/// The <see cref="IHealthMonitor"/>: evaluates every component (each check on its own task with its own timeout; a check
/// still running from before is reported, not started again), records the outcomes, and publishes an immutable report
/// that readers take without locking or allocating, after handing it to recovery (which may start attempts in the
/// background and adds its audit log) and raising the alerts it calls for. One evaluation runs at a time.
/// </summary>
internal sealed class HealthMonitor : IHealthMonitor, IDisposable
{
    private readonly ComponentState[] _components;
    private readonly IServiceProvider _services;
    private readonly TimeProvider _timeProvider;
    private readonly HealthMetrics _metrics;
    private readonly RecoveryCoordinator _recovery;
    private readonly ILogger _logger;
    private readonly ComponentAlertRaiser _alerts;
    private readonly double _criticalDownCap;
    private readonly SemaphoreSlim _evaluation = new(1, 1);
    private HealthMonitorReport _latest;

    public HealthMonitor(
        IEnumerable<ComponentDefinition> components,
        IOptions<HealthMonitorOptions> options,
        IServiceProvider services,
        TimeProvider timeProvider,
        HealthMetrics metrics,
        ComponentAlertRaiser alerts,
        RecoveryCoordinator recovery,
        ILogger<HealthMonitor> logger)
    {
        var settings = options.Value;
        _components = [.. components.Select(component => new ComponentState(component, settings.HistorySize, settings.Predictions))];
        _services = services;
        _timeProvider = timeProvider;
        _metrics = metrics;
        _recovery = recovery;
        _logger = logger;
        _alerts = alerts;
        _criticalDownCap = settings.CriticalDownScoreCap;
        _latest = Report(timeProvider.GetUtcNow());
        metrics.Observe(() => Volatile.Read(ref _latest));
    }

    public HealthMonitorReport GetLatestReport() => Volatile.Read(ref _latest);

    public ValueTask<HealthMonitorReport> GetHealthReportAsync(bool refresh = false, CancellationToken cancellationToken = default) =>
        refresh ? new ValueTask<HealthMonitorReport>(EvaluateAsync(cancellationToken)) : ValueTask.FromResult(GetLatestReport());

    public void Dispose() => _evaluation.Dispose();

    /// <summary>Checks every component once and publishes the new report.</summary>
    public async Task<HealthMonitorReport> EvaluateAsync(CancellationToken cancellationToken)
    {
        await _evaluation.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await Task.WhenAll(_components.Select(component => CheckAsync(component, cancellationToken))).ConfigureAwait(false);
            var report = _alerts.Observe(_recovery.Observe(Report(_timeProvider.GetUtcNow())));
            Volatile.Write(ref _latest, report);
            return report;
        }
        finally
        {
            _evaluation.Release();
        }
    }

    private async Task CheckAsync(ComponentState component, CancellationToken cancellationToken)
    {
        var definition = component.Definition;
        if (component.Running is { IsCompleted: false })
        {
            var since = _timeProvider.GetUtcNow() - component.RunningSince;
            component.Record(
                new ComponentCheckResult(HealthStatus.Unhealthy, $"The previous check is still running after {since}; it was not started again."),
                error: true,
                since,
                _timeProvider.GetUtcNow());
            return;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var start = _timeProvider.GetTimestamp();
        component.RunningSince = _timeProvider.GetUtcNow();
        var run = RunAsync(definition, timeout.Token);
        component.Running = run;
        ComponentCheckResult result;
        var error = false;
        try
        {
            result = await run.WaitAsync(definition.Timeout, _timeProvider, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException exception) when (run.Exception?.InnerException != exception)
        {
            // The timeout on the TimeProvider, not the check's own TimeoutException: tell the check to stop. It stays
            // Running until it ends, so the next evaluation does not overlap it.
            await timeout.CancelAsync().ConfigureAwait(false);
            (result, error) = (new ComponentCheckResult(HealthStatus.Unhealthy, $"The check did not finish within its {definition.Timeout} timeout."), true);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Includes a cancellation of the check's own (an HTTP client's timeout): the monitor's timeout is handled above.
            Log.CheckFailed(_logger, exception, definition.Name);
            (result, error) = (new ComponentCheckResult(HealthStatus.Unhealthy, $"The check threw {exception.GetType().Name}: {exception.Message}"), true);
        }

        var elapsed = _timeProvider.GetElapsedTime(start);
        component.Record(result, error, elapsed, _timeProvider.GetUtcNow());
        _metrics.RecordCheck(definition.Name, component.Latest.Status, elapsed);
    }

    private Task<ComponentCheckResult> RunAsync(ComponentDefinition definition, CancellationToken cancellationToken)
    {
        // On the thread pool, so a check that blocks synchronously cannot hold the evaluation or the other checks.
        return Task.Run(() => definition.Check(_services, cancellationToken), CancellationToken.None);
    }

    private HealthMonitorReport Report(DateTimeOffset now)
    {
        var components = new ComponentHealth[_components.Length];
        for (var index = 0; index < components.Length; index++)
        {
            _components[index].Age(now);
            components[index] = _components[index].Latest;
        }

        var (status, score) = HealthScore.Of(components, _criticalDownCap);
        Debug.Assert(score is >= 0 and <= 100, "The score is a weighted mean of 0 to 100 points.");
        return new HealthMonitorReport(now, status, score, components) { RecoveryLog = _recovery.AuditLog };
    }
}
