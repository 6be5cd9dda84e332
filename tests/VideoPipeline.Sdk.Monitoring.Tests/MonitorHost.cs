using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace VideoPipeline.Sdk.Monitoring.Tests;

/// <summary>
/// A container with the Monitoring package (<c>AddVideoPipeline().AddMonitoring(...)</c>) and a <see cref="FakeTimeProvider"/>
/// registered as the <see cref="TimeProvider"/>, started the way a host starts it (every hosted service), so tests drive
/// durations, windows and the sampling timer by hand.
/// </summary>
internal sealed class MonitorHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private bool _stopped;

    private MonitorHost(ServiceProvider services, FakeTimeProvider time)
    {
        _services = services;
        Time = time;
    }

    public FakeTimeProvider Time { get; }

    public IServiceProvider Services => _services;

    public IPerformanceMonitor Monitor => _services.GetRequiredService<IPerformanceMonitor>();

    public IMeterFactory MeterFactory => _services.GetRequiredService<IMeterFactory>();

    public static async Task<MonitorHost> StartAsync(Action<MonitoringOptions>? configure = null, FakeTimeProvider? time = null, bool start = true)
    {
        time ??= new FakeTimeProvider();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(time);
        var builder = services.AddVideoPipeline();
        if (configure is null)
        {
            builder.AddMonitoring();
        }
        else
        {
            builder.AddMonitoring(configure);
        }

        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        var host = new MonitorHost(provider, time);
        if (start)
        {
            foreach (var service in provider.GetServices<IHostedService>())
            {
                await service.StartAsync(CancellationToken.None);
            }
        }

        return host;
    }

    /// <summary>Collects one instrument of this host's meters (not another host's meter of the same name).</summary>
    public MetricCollector<T> Collect<T>(string instrumentName, string meterName = VideoPipelineDiagnostics.Monitoring)
        where T : struct =>
        new(MeterFactory, meterName, instrumentName);

    public async ValueTask DisposeAsync()
    {
        if (!_stopped)
        {
            _stopped = true;
            foreach (var service in _services.GetServices<IHostedService>().Reverse())
            {
                await service.StopAsync(CancellationToken.None);
            }
        }

        await _services.DisposeAsync();
    }
}
