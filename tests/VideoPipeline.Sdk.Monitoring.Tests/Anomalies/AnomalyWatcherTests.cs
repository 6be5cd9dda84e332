using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace VideoPipeline.Sdk.Monitoring.Tests.Anomalies;

/// <summary>
/// The detectors wired into the monitor: a host built with <c>AddVideoPipeline().AddMonitoring(...)</c>, a fake clock that
/// drives the sampler, endpoint latencies set by advancing the clock inside the tracked call, and recording sinks.
/// </summary>
public sealed class AnomalyWatcherTests
{
    private const string Endpoint = "/render";

    [Fact]
    public async Task Sampler_LatencyStep_RaisesOneAnomalyThenResolvesIt()
    {
        var sink = new RecordingAlertSink();
        await using var host = await MonitorHost.StartAsync(sink);

        await host.TicksAsync(latency: 0.1, ticks: 15);
        await host.TicksAsync(latency: 1.0, ticks: 3);
        await host.TicksAsync(latency: 0.1, ticks: 30);

        var alerts = EndpointAlerts(sink, "monitoring.anomaly");
        Assert.Equal([AlertStatus.Firing, AlertStatus.Resolved], alerts.Select(alert => alert.Status));
        var firing = alerts[0];
        Assert.Equal(AlertSeverity.Warning, firing.Severity);
        Assert.Equal(MonitoredSeries.ApiLatencyP95, firing.Labels["series"]);
        Assert.Equal("above", firing.Labels["direction"]);
        Assert.Equal("POST", firing.Labels["method"]);
        Assert.Contains("measured", firing.Description, StringComparison.Ordinal);
        Assert.Equal(firing.Labels, alerts[1].Labels);
    }

    [Fact]
    public async Task Sampler_RisingLatency_RaisesAPredictionWithTheCrossingTime()
    {
        var sink = new RecordingAlertSink();
        await using var host = await MonitorHost.StartAsync(sink, options => options.Anomalies.Trends[MonitoredSeries.ApiLatencyP95] =
            new TrendDetectorOptions { Threshold = 0.8, WindowSamples = 5, Persistence = 2, Horizon = TimeSpan.FromMinutes(1) });

        for (var step = 0; step < 25; step++)
        {
            await host.TicksAsync(latency: 0.3 + (0.02 * step), ticks: 1);
        }

        var prediction = Assert.Single(EndpointAlerts(sink, "monitoring.prediction"));
        Assert.Equal(AlertStatus.Firing, prediction.Status);
        Assert.Equal("upward", prediction.Labels["direction"]);
        Assert.Contains("crosses the threshold 0.8 (upward) at", prediction.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sampler_ThrowingSinks_DoNotStopLaterTicksOrOtherSinks()
    {
        var throwing = new RecordingAlertSink(throwSynchronously: true);
        var faulting = new RecordingAlertSink(faultAsynchronously: true);
        var recording = new RecordingAlertSink();
        await using var host = await MonitorHost.StartAsync([throwing, faulting, recording]);

        await host.TicksAsync(latency: 0.1, ticks: 15);
        await host.TicksAsync(latency: 1.0, ticks: 3);
        await host.TicksAsync(latency: 0.1, ticks: 30);

        Assert.Equal([AlertStatus.Firing, AlertStatus.Resolved], EndpointAlerts(recording, "monitoring.anomaly").Select(alert => alert.Status));
        var errors = host.Logs.GetSnapshot().Where(record => record.Level == LogLevel.Error).Select(record => record.Message).ToArray();
        Assert.Contains(errors, message => message.Contains("The alert sink RecordingAlertSink failed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sampler_NoSinkRegistered_RunsWithoutAlerts()
    {
        await using var host = await MonitorHost.StartAsync([]);

        await host.TicksAsync(latency: 0.1, ticks: 15);
        await host.TicksAsync(latency: 1.0, ticks: 3);

        Assert.DoesNotContain(host.Logs.GetSnapshot(), record => record.Level == LogLevel.Error);
    }

    [Fact]
    public void Options_BoundFromConfiguration_KeepDefaultsAndReportBadValuesByKey()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["VideoPipeline:Monitoring:Anomalies:Trends:process.cpu.utilization:Horizon"] = "01:00:00",
            ["VideoPipeline:Monitoring:Anomalies:LevelShift:Sensitivity"] = "-1",
            ["VideoPipeline:Monitoring:Anomalies:Trends:disk.free:Threshold"] = "0.1",
        }).Build();
        var services = new ServiceCollection();
        services.AddVideoPipeline().AddMonitoring(configuration.GetSection(MonitoringOptions.SectionName));
        using var provider = services.BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<MonitoringOptions>>().Value);
        Assert.Contains("VideoPipeline:Monitoring:Anomalies:LevelShift:Sensitivity is -1; it must be greater than 0 and at most 100.", exception.Failures);
        Assert.Contains(exception.Failures, failure => failure.StartsWith("VideoPipeline:Monitoring:Anomalies:Trends:disk.free is not a monitored series", StringComparison.Ordinal));

        var valid = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["VideoPipeline:Monitoring:Anomalies:Trends:process.cpu.utilization:Horizon"] = "01:00:00",
        }).Build();
        var validServices = new ServiceCollection();
        validServices.AddVideoPipeline().AddMonitoring(valid.GetSection(MonitoringOptions.SectionName));
        using var validProvider = validServices.BuildServiceProvider();
        var trend = validProvider.GetRequiredService<IOptions<MonitoringOptions>>().Value.Anomalies.Trends[MonitoredSeries.CpuUtilization];
        Assert.Equal(TimeSpan.FromHours(1), trend.Horizon);
        Assert.Equal(0.9, trend.Threshold);
    }

    private static Alert[] EndpointAlerts(RecordingAlertSink sink, string name) =>
        [.. sink.Alerts.Where(alert => alert.Name == name && alert.Component == Endpoint)];

    private sealed class MonitorHost : IAsyncDisposable
    {
        private readonly ServiceProvider _provider;
        private readonly FakeTimeProvider _time;
        private readonly IPerformanceMonitor _monitor;

        private MonitorHost(ServiceProvider provider, FakeTimeProvider time)
        {
            _provider = provider;
            _time = time;
            _monitor = provider.GetRequiredService<IPerformanceMonitor>();
            Logs = provider.GetFakeLogCollector();
        }

        public FakeLogCollector Logs { get; }

        public static Task<MonitorHost> StartAsync(RecordingAlertSink sink, Action<MonitoringOptions>? configure = null) =>
            StartAsync([sink], configure);

        public static async Task<MonitorHost> StartAsync(RecordingAlertSink[] sinks, Action<MonitoringOptions>? configure = null)
        {
            var time = new FakeTimeProvider(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));
            var services = new ServiceCollection();
            services.AddFakeLogging();
            services.AddSingleton<TimeProvider>(time);
            foreach (var sink in sinks)
            {
                services.AddSingleton<IAlertSink>(sink);
            }

            services.AddVideoPipeline().AddMonitoring(options =>
            {
                options.SampleInterval = TimeSpan.FromSeconds(1);
                options.SnapshotWindows.Clear();
                options.SnapshotWindows.Add(TimeSpan.FromSeconds(6));
                options.Anomalies.LevelShift.WarmupSamples = 10;
                options.Anomalies.LevelShift.BaselineSamples = 10;
                options.Anomalies.LevelShift.ClearAfterSamples = 5;
                options.Anomalies.Trends.Clear();
                configure?.Invoke(options);
            });
            var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
            foreach (var service in provider.GetServices<IHostedService>())
            {
                await service.StartAsync(CancellationToken.None);
            }

            return new MonitorHost(provider, time);
        }

        /// <summary>Per tick: one call to the endpoint that lasts <paramref name="latency"/> seconds, then the rest of the second.</summary>
        public async Task TicksAsync(double latency, int ticks)
        {
            for (var tick = 0; tick < ticks; tick++)
            {
                var elapsed = TimeSpan.FromSeconds(Math.Min(latency, 0.9));
                await _monitor.TrackApiCallAsync(Endpoint, "POST", _ =>
                {
                    _time.Advance(elapsed);
                    return ValueTask.FromResult(0);
                });
                _time.Advance(TimeSpan.FromSeconds(1) - elapsed);
            }
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var service in _provider.GetServices<IHostedService>())
            {
                await service.StopAsync(CancellationToken.None);
            }

            await _provider.DisposeAsync();
        }
    }
}
