using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Testing;

namespace VideoPipeline.Sdk.Health.Tests.Alerting.Sinks;

/// <summary>
/// A host with the Health package (<c>AddVideoPipeline().AddHealthMonitoring(configure)</c>) and fake logging, not yet
/// started, with a collector on the webhook's delivery counter, so tests read what the sinks logged and counted.
/// </summary>
internal sealed class SinkHost : IAsyncDisposable
{
    private readonly IHost _host;
    private bool _started;

    private SinkHost(IHost host)
    {
        _host = host;
        Deliveries = new MetricCollector<long>(host.Services.GetRequiredService<IMeterFactory>(), VideoPipelineDiagnostics.Health, VideoPipelineDiagnostics.HealthWebhookDeliveries);
    }

    public IServiceProvider Services => _host.Services;

    public FakeLogCollector Logs => _host.Services.GetFakeLogCollector();

    /// <summary>Gets the measurements of <see cref="VideoPipelineDiagnostics.HealthWebhookDeliveries"/>.</summary>
    public MetricCollector<long> Deliveries { get; }

    public static SinkHost Create(Action<HealthMonitorOptions> configure, Action<IServiceCollection>? services = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddFakeLogging();
        builder.Services.AddVideoPipeline().AddHealthMonitoring(configure);
        services?.Invoke(builder.Services);
        return new SinkHost(builder.Build());
    }

    public async Task StartAsync()
    {
        await _host.StartAsync();
        _started = true;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _started = false;
        await _host.StopAsync(cancellationToken);
    }

    /// <summary>Gets the built-in sink of type <typeparamref name="TSink"/> among the registered <see cref="IAlertSink"/>s.</summary>
    public TSink Sink<TSink>()
        where TSink : IAlertSink =>
        _host.Services.GetServices<IAlertSink>().OfType<TSink>().Single();

    /// <summary>Waits until the delivery counter has added up to <paramref name="total"/> for <paramref name="outcome"/>,
    /// within a generous cap, and returns the sums by outcome.</summary>
    public async Task<IReadOnlyDictionary<string, long>> WaitForDeliveriesAsync(string outcome, long total)
    {
        using var cap = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var measurements = Deliveries.GetMeasurementSnapshot();
            var sums = Sum(measurements);
            if (sums.GetValueOrDefault(outcome) >= total)
            {
                return sums;
            }

            await Deliveries.WaitForMeasurementsAsync(measurements.Count + 1, cap.Token);
        }
    }

    /// <summary>Gets the delivery counter's sums by outcome so far.</summary>
    public IReadOnlyDictionary<string, long> Sums() => Sum(Deliveries.GetMeasurementSnapshot());

    public async ValueTask DisposeAsync()
    {
        if (_started)
        {
            await _host.StopAsync();
        }

        Deliveries.Dispose();
        _host.Dispose();
    }

    private static Dictionary<string, long> Sum(IReadOnlyList<CollectedMeasurement<long>> measurements) =>
        measurements
            .GroupBy(measurement => (string)measurement.Tags[VideoPipelineDiagnostics.OutcomeTag]!)
            .ToDictionary(group => group.Key, group => group.Sum(measurement => measurement.Value));
}
