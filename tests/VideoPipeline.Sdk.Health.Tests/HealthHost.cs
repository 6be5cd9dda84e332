using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace VideoPipeline.Sdk.Health.Tests;

/// <summary>
/// A host with the Health package (<c>AddVideoPipeline()</c> plus what the test configures) and a
/// <see cref="FakeTimeProvider"/> behind a <see cref="TimerObservingTimeProvider"/> as the <see cref="TimeProvider"/>.
/// Not started unless the test calls <see cref="StartAsync"/>, so a test can drive evaluations itself with
/// <see cref="RefreshAsync"/>.
/// </summary>
internal sealed class HealthHost : IAsyncDisposable
{
    /// <summary>When the fake clock starts: midnight UTC, so minute, hour and day buckets start together.</summary>
    public static readonly DateTimeOffset Epoch = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly IHost _host;
    private bool _started;

    private HealthHost(IHost host, FakeTimeProvider time, TimerObservingTimeProvider clock)
    {
        _host = host;
        Time = time;
        Clock = clock;
    }

    public FakeTimeProvider Time { get; }

    public TimerObservingTimeProvider Clock { get; }

    public IServiceProvider Services => _host.Services;

    public IHealthMonitor Monitor => Services.GetRequiredService<IHealthMonitor>();

    /// <summary>Builds a host; <paramref name="configure"/> adds the package (with options or checkers), else it is added
    /// with defaults; <paramref name="healthChecks"/> registers the host's own <c>IHealthCheck</c>s.</summary>
    public static HealthHost Create(Action<IVideoPipelineBuilder>? configure = null, Action<IHealthChecksBuilder>? healthChecks = null)
    {
        var time = new FakeTimeProvider(Epoch);
        var clock = new TimerObservingTimeProvider(time);
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddSingleton<TimeProvider>(clock);
        healthChecks?.Invoke(builder.Services.AddHealthChecks());
        var pipeline = builder.Services.AddVideoPipeline();
        (configure ?? (static pipeline => pipeline.AddHealthMonitoring()))(pipeline);
        return new HealthHost(builder.Build(), time, clock);
    }

    /// <summary>Starts the host: validates the options, then runs the first evaluation before returning.</summary>
    public async Task StartAsync()
    {
        await _host.StartAsync();
        _started = true;
    }

    /// <summary>Runs an evaluation now, as <c>GetHealthReportAsync(refresh: true)</c>.</summary>
    public Task<HealthMonitorReport> RefreshAsync(CancellationToken cancellationToken = default) =>
        Monitor.GetHealthReportAsync(refresh: true, cancellationToken).AsTask();

    /// <summary>Runs an evaluation now and returns one component of the new report.</summary>
    public async Task<ComponentHealth> RefreshAsync(string component) =>
        (await RefreshAsync()).FindComponent(component) ?? throw new InvalidOperationException($"No component '{component}'.");

    public async ValueTask DisposeAsync()
    {
        if (_started)
        {
            await _host.StopAsync();
        }

        _host.Dispose();
    }
}
