using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using VideoPipeline.Sdk.Monitoring;

namespace VideoPipeline.Sdk.Health.Tests.Alerting.Routing;

/// <summary>The router as other packages and integrators reach it: <see cref="IAlertRouter"/> from the container.</summary>
public sealed class RouterRegistrationTests
{
    [Fact]
    public async Task IAlertRouter_FromTheContainer_RoutesBeforeTheSinks()
    {
        await using var host = AlertingHost.Create([]);
        var router = host.Services.GetRequiredService<IAlertRouter>();
        var alert = new Alert("queue.depth.high", AlertSeverity.Warning, "render-queue", "The render queue is deep", host.Time.GetUtcNow())
        {
            Labels = new Dictionary<string, string> { ["queue"] = "render", ["tier"] = "gpu" },
        };

        var latest = alert;
        for (var repeat = 0; repeat < 10; repeat++)
        {
            // The same identity whatever the labels' order: one alert tracked, notified once as the latest raised.
            latest = alert with
            {
                Labels = repeat % 2 == 0 ? alert.Labels : new Dictionary<string, string> { ["tier"] = "gpu", ["queue"] = "render" },
                Summary = $"The render queue is deep ({repeat})",
            };
            await router.SendAsync(latest);
        }

        Assert.Empty(host.Sink.Received);
        host.Time.Advance(TimeSpan.FromSeconds(30));
        Assert.Same(latest, Assert.Single(host.Sink.Alerts));
        Assert.Equal(10, host.Count(host.Raw));
        Assert.DoesNotContain(host.Services.GetServices<IAlertSink>(), sink => sink is IAlertRouter);
    }

    [Fact]
    public async Task WithMonitoring_IntegratorSink_GetsMonitoringAlertsOnlyThroughTheRouter()
    {
        await using var host = AlertingHost.Create([], build: builder => builder.AddMonitoring(options =>
        {
            options.SampleInterval = TimeSpan.FromSeconds(1);
            options.SnapshotWindows.Clear();
            options.SnapshotWindows.Add(TimeSpan.FromSeconds(6));
            options.Anomalies.LevelShift.WarmupSamples = 10;
            options.Anomalies.LevelShift.BaselineSamples = 10;
            options.Anomalies.LevelShift.ClearAfterSamples = 5;
            options.Anomalies.Trends.Clear();
        }));
        var services = host.Services.GetServices<IHostedService>().ToArray();
        foreach (var service in services)
        {
            await service.StartAsync(CancellationToken.None);
        }

        var performance = host.Services.GetRequiredService<IPerformanceMonitor>();
        foreach (var (latency, ticks) in new[] { (0.1, 15), (0.9, 3), (0.1, 30) })
        {
            for (var tick = 0; tick < ticks; tick++)
            {
                await performance.TrackApiCallAsync("/render", "POST", _ =>
                {
                    host.Time.Advance(TimeSpan.FromSeconds(latency));
                    return ValueTask.FromResult(0);
                });
                host.Time.Advance(TimeSpan.FromSeconds(1 - latency));
            }
        }

        foreach (var service in services.Reverse())
        {
            await service.StopAsync(CancellationToken.None);
        }

        var routed = host.Raw.GetMeasurementSnapshot()
            .Where(measurement => Equals(measurement.Tags[VideoPipelineDiagnostics.AlertNameTag], "monitoring.anomaly"))
            .Select(measurement => measurement.Tags[VideoPipelineDiagnostics.AlertStatusTag])
            .ToArray();
        Assert.Contains("firing", routed);
        Assert.Contains("resolved", routed);

        // The anomaly cleared within the group wait, so the router never notified it; Monitoring handed the sink nothing itself.
        Assert.Equal(host.Count(host.Notifications), host.Sink.Received.Count);
        Assert.DoesNotContain(host.Sink.Alerts, alert => alert.Name == "monitoring.anomaly");
    }

    [Fact]
    public async Task SendAsync_NullAlert_ThrowsArgumentNullException()
    {
        await using var host = AlertingHost.Create([]);

        var exception = await Assert.ThrowsAsync<ArgumentNullException>(() => host.Router.SendAsync(null!).AsTask());

        Assert.Equal("alert", exception.ParamName);
    }
}
