using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;
using VideoPipeline.Sdk.Health.Recovery.Internal;

namespace VideoPipeline.Sdk.Health.Tests.Recovery;

/// <summary>
/// A health monitor over delegate components whose statuses a test sets, on a <see cref="FakeTimeProvider"/>, driven
/// through <see cref="IHealthMonitor.GetHealthReportAsync"/>. After each evaluation it waits until the recovery attempts
/// that evaluation started have ended, so what a test asserts next does not race them.
/// </summary>
internal sealed class RecoveryHarness : IAsyncDisposable
{
    private readonly Dictionary<string, HealthStatus> _statuses = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, double>> _metrics = new(StringComparer.Ordinal);
    private readonly ServiceProvider _provider;

    public RecoveryHarness(
        string[] components,
        Action<HealthMonitorOptions> configure,
        Action<IVideoPipelineBuilder, TimeProvider> addActions,
        Action<IServiceCollection>? addServices = null)
    {
        var services = new ServiceCollection().AddSingleton<TimeProvider>(Time);
        addServices?.Invoke(services);
        var builder = services.AddVideoPipeline().AddHealthMonitoring(configure);
        foreach (var component in components)
        {
            _statuses[component] = HealthStatus.Healthy;
            _metrics[component] = new Dictionary<string, double>(StringComparer.Ordinal);
            builder.RegisterHealthChecker(component, ComponentKind.Custom, _ => ValueTask.FromResult(
                new ComponentCheckResult(_statuses[component], $"{component} is {_statuses[component]}.") { Metrics = new Dictionary<string, double>(_metrics[component]) }));
        }

        addActions(builder, Time);
        _provider = services.BuildServiceProvider();
        Monitor = _provider.GetRequiredService<IHealthMonitor>();
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    public DateTimeOffset Start { get; } = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public IHealthMonitor Monitor { get; }

    public IServiceProvider Services => _provider;

    public void Set(string component, HealthStatus status) => _statuses[component] = status;

    /// <summary>Sets a metric the component's check reports from now on.</summary>
    public void SetMetric(string component, string metric, double value) => _metrics[component][metric] = value;

    /// <summary>Runs an evaluation and waits for the recovery attempts in flight to end.</summary>
    public async Task<HealthMonitorReport> EvaluateAsync()
    {
        await Monitor.GetHealthReportAsync(refresh: true);
        await WhenRecoveryIdleAsync();
        return Monitor.GetLatestReport();
    }

    public Task WhenRecoveryIdleAsync() => _provider.GetRequiredService<RecoveryCoordinator>().Idle;

    /// <summary>Evaluates once a minute (the first one now) for <paramref name="minutes"/> minutes and returns the last report.</summary>
    public async Task<HealthMonitorReport> EvaluateEveryMinuteAsync(int minutes)
    {
        var report = await EvaluateAsync();
        for (var minute = 1; minute <= minutes; minute++)
        {
            Time.Advance(TimeSpan.FromMinutes(1));
            report = await EvaluateAsync();
        }

        return report;
    }

    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}
