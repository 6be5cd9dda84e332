using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace VideoPipeline.Sdk.Health.Tests.Alerting.Routing;

/// <summary>
/// A container built the way an integrator builds it (<c>AddVideoPipeline().AddHealthMonitoring(...)</c> and one
/// <c>RegisterHealthChecker</c> per component, whose status the test sets), with a <see cref="FakeTimeProvider"/> and a
/// <see cref="RecordingAlertSink"/>. The background loop is not started: tests run evaluations through
/// <see cref="IHealthMonitor.GetHealthReportAsync"/> and move the clock themselves.
/// </summary>
internal sealed class AlertingHost : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider _provider;
    private readonly ConcurrentDictionary<string, HealthStatus> _statuses;

    private AlertingHost(ServiceProvider provider, FakeTimeProvider time, RecordingAlertSink sink, ConcurrentDictionary<string, HealthStatus> statuses)
    {
        _provider = provider;
        _statuses = statuses;
        Time = time;
        Sink = sink;
        Interval = provider.GetRequiredService<IOptions<HealthMonitorOptions>>().Value.CheckInterval;
        Raw = new MetricCollector<long>(provider.GetRequiredService<IMeterFactory>(), VideoPipelineDiagnostics.Health, VideoPipelineDiagnostics.HealthAlerts);
        Notifications = new MetricCollector<long>(provider.GetRequiredService<IMeterFactory>(), VideoPipelineDiagnostics.Health, VideoPipelineDiagnostics.HealthNotifications);
    }

    public FakeTimeProvider Time { get; }

    public RecordingAlertSink Sink { get; }

    public TimeSpan Interval { get; }

    public IServiceProvider Services => _provider;

    public IHealthMonitor Monitor => _provider.GetRequiredService<IHealthMonitor>();

    public IAlertRouter Router => _provider.GetRequiredService<IAlertRouter>();

    public FakeLogCollector Logs => _provider.GetFakeLogCollector();

    /// <summary>Gets the alerts the router received (the <c>videopipeline.health.alerts</c> counter).</summary>
    public MetricCollector<long> Raw { get; }

    /// <summary>Gets the notifications the router handed to the sinks (the <c>videopipeline.health.notifications</c> counter).</summary>
    public MetricCollector<long> Notifications { get; }

    public static AlertingHost Create(
        IEnumerable<string> components,
        Action<HealthMonitorOptions>? configure = null,
        IEnumerable<IAlertSink>? otherSinks = null,
        Action<IVideoPipelineBuilder>? build = null)
    {
        var time = new FakeTimeProvider(Start);
        var statuses = new ConcurrentDictionary<string, HealthStatus>(StringComparer.Ordinal);
        var sink = new RecordingAlertSink(time);
        var services = new ServiceCollection();
        services.AddFakeLogging();
        services.AddSingleton<TimeProvider>(time);
        foreach (var other in otherSinks ?? [])
        {
            services.AddSingleton(other);
        }

        services.AddSingleton<IAlertSink>(sink);
        var builder = services.AddVideoPipeline().AddHealthMonitoring(options => configure?.Invoke(options));
        foreach (var component in components)
        {
            statuses[component] = HealthStatus.Healthy;
            builder.RegisterHealthChecker(component, ComponentKind.ApiBackEnd, _ => ValueTask.FromResult(new ComponentCheckResult(statuses[component], $"{component} says {statuses[component]}")));
        }

        build?.Invoke(builder);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        return new AlertingHost(provider, time, sink, statuses);
    }

    public static IEnumerable<string> Names(string prefix, int count) => Enumerable.Range(0, count).Select(index => $"{prefix}-{index:000}");

    public void Set(HealthStatus status, params IEnumerable<string> components)
    {
        foreach (var component in components)
        {
            _statuses[component] = status;
        }
    }

    public void SetAll(HealthStatus status) => Set(status, [.. _statuses.Keys]);

    public async Task<HealthMonitorReport> EvaluateAsync() => await Monitor.GetHealthReportAsync(refresh: true);

    /// <summary>Evaluates at the current time, then every <see cref="Interval"/>, for <paramref name="duration"/>; the clock
    /// ends <paramref name="duration"/> later, one interval after the last evaluation.</summary>
    public async Task<HealthMonitorReport> RunAsync(TimeSpan duration)
    {
        HealthMonitorReport? report = null;
        for (var elapsed = TimeSpan.Zero; elapsed < duration; elapsed += Interval)
        {
            report = await EvaluateAsync();
            Time.Advance(Interval);
        }

        return report ?? Monitor.GetLatestReport();
    }

    public long Count(MetricCollector<long> collector) => collector.GetMeasurementSnapshot().Sum(measurement => measurement.Value);

    public async ValueTask DisposeAsync()
    {
        Raw.Dispose();
        Notifications.Dispose();
        await _provider.DisposeAsync();
    }
}
