using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VideoPipeline.Sdk.Monitoring.Diagnostics.Internal;
using VideoPipeline.Sdk.Monitoring.Performance.Internal;

namespace VideoPipeline.Sdk.Monitoring.Anomalies.Internal;

/// <summary>
/// Feeds the monitored series to their detectors on every tick of the sampler and raises the resulting alerts to every
/// registered <see cref="IAlertSink"/>. Called only from the sampler's tick, under its lock, so its state needs no other
/// protection. Sinks are not awaited: a slow sink does not hold the tick, and a failing one is logged.
/// </summary>
internal sealed class AnomalyWatcher
{
    private const string Process = "process";

    private readonly AnomalyDetectionOptions _options;
    private readonly IAlertSink[] _sinks;
    private readonly PerformanceMonitor? _performance;
    private readonly MonitoringMetrics _metrics;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly Dictionary<(string Component, string? Method, string Name), WatchedSeries> _series = [];
    private readonly List<Alert> _alerts = [];

    public AnomalyWatcher(
        IOptions<MonitoringOptions> options,
        IEnumerable<IAlertSink> sinks,
        IPerformanceMonitor performance,
        MonitoringMetrics metrics,
        TimeProvider timeProvider,
        ILogger<AnomalyWatcher> logger)
    {
        _options = options.Value.Anomalies;
        _sinks = [.. sinks];
        _performance = performance as PerformanceMonitor;
        _metrics = metrics;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    public void Observe(ResourceUsage usage, CancellationToken cancellationToken)
    {
        if (!_options.Enabled)
        {
            return;
        }

        _alerts.Clear();
        try
        {
            Feed(Process, null, MonitoredSeries.CpuUtilization, 0.05, usage.Timestamp, usage.CpuUtilization);
            if (usage.AvailableMemoryBytes > 0)
            {
                Feed(Process, null, MonitoredSeries.MemoryUtilization, 0.05, usage.Timestamp, usage.MemoryUtilization);
            }

            Feed(Process, null, MonitoredSeries.GcPauseRatio, 0.05, usage.Timestamp, usage.GcPauseRatio);
            Feed(Process, null, MonitoredSeries.ThreadPoolQueueLength, 10, usage.Timestamp, usage.ThreadPoolQueueLength);
            if (_performance is not null)
            {
                var now = _timeProvider.GetUtcNow();
                foreach (var (endpoint, method, count, p95, errorRate) in _performance.ReadEndpointFigures())
                {
                    if (count > 0)
                    {
                        Feed(endpoint, method, MonitoredSeries.ApiLatencyP95, 0.05, now, p95);
                        Feed(endpoint, method, MonitoredSeries.ApiErrorRate, 0.05, now, errorRate);
                    }
                }
            }
        }
        catch (Exception exception)
        {
            // The tick runs on a timer: an exception here would end the process, and the next tick may well succeed.
            Log.DetectionFailed(_logger, exception);
        }

        foreach (var alert in _alerts)
        {
            Send(alert, cancellationToken);
        }
    }

    private void Feed(string component, string? method, string name, double minimumChange, DateTimeOffset timestamp, double value)
    {
        if (!double.IsFinite(value))
        {
            return;
        }

        var key = (component, method, name);
        if (!_series.TryGetValue(key, out var series))
        {
            series = new WatchedSeries(component, method, name, _options.LevelShift, minimumChange, _options.Trends.TryGetValue(name, out var trend) ? trend : null);
            _series.Add(key, series);
        }

        series.Observe(timestamp, value, _alerts);
    }

    private void Send(Alert alert, CancellationToken cancellationToken)
    {
        _metrics.Alerts.Add(
            1,
            new(VideoPipelineDiagnostics.AlertNameTag, alert.Name),
            new(VideoPipelineDiagnostics.AlertStatusTag, alert.Status == AlertStatus.Firing ? "firing" : "resolved"));
        foreach (var sink in _sinks)
        {
            try
            {
                var delivery = sink.SendAsync(alert, cancellationToken);
                if (delivery.IsCompletedSuccessfully)
                {
                    delivery.GetAwaiter().GetResult();
                }
                else
                {
                    _ = ObserveAsync(delivery, sink, alert, cancellationToken);
                }
            }
            catch (Exception exception)
            {
                Log.AlertSinkFailed(_logger, exception, sink.GetType().Name, alert.Name, alert.Status, alert.Component);
            }
        }
    }

    private async Task ObserveAsync(ValueTask delivery, IAlertSink sink, Alert alert, CancellationToken cancellationToken)
    {
        try
        {
            await delivery.ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The host is stopping; an alert still in flight is dropped.
        }
        catch (Exception exception)
        {
            Log.AlertSinkFailed(_logger, exception, sink.GetType().Name, alert.Name, alert.Status, alert.Component);
        }
    }
}
