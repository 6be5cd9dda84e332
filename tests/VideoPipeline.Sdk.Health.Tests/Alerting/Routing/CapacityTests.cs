using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;

namespace VideoPipeline.Sdk.Health.Tests.Alerting.Routing;

/// <summary>The router tracks at most <see cref="AlertingOptions.MaxActiveAlerts"/> identities.</summary>
public sealed class CapacityTests
{
    [Fact]
    public async Task MaxActiveAlerts_NewAlertsBeyondIt_AreDroppedAndCounted_AndTrackedOnesStillRoute()
    {
        await using var host = AlertingHost.Create([], options => options.Alerting.MaxActiveAlerts = 10);
        using var dropped = new MetricCollector<long>(host.Services.GetRequiredService<IMeterFactory>(), VideoPipelineDiagnostics.Health, VideoPipelineDiagnostics.HealthAlertsDropped);
        var router = host.Router;

        for (var index = 0; index < 15; index++)
        {
            await router.SendAsync(Alert(index, AlertSeverity.Warning));
        }

        host.Time.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(5, host.Count(dropped));
        Assert.Equal(10, (await host.EvaluateAsync()).ActiveAlerts.Count);
        var grouped = Assert.Single(host.Sink.Alerts);
        Assert.Equal("10", grouped.Labels["alert_count"]);

        await router.SendAsync(Alert(3, AlertSeverity.Critical));
        Assert.Equal(AlertSeverity.Critical, host.Sink.Alerts[^1].Severity);
        Assert.Equal("c03", host.Sink.Alerts[^1].Component);

        var warnings = host.Logs.GetSnapshot().Where(record => record.Id.Id == 10).ToArray();
        Assert.Single(warnings);    // rate-limited: one warning for the five drops of the same minute
        Assert.Equal(LogLevel.Warning, warnings[0].Level);
        host.Time.Advance(TimeSpan.FromMinutes(1));
        await router.SendAsync(Alert(20, AlertSeverity.Warning));
        warnings = [.. host.Logs.GetSnapshot().Where(record => record.Id.Id == 10)];
        Assert.Equal(2, warnings.Length);
        Assert.Contains("5 new alert(s) were dropped", warnings[1].Message, StringComparison.Ordinal);
        Assert.Equal(6, host.Count(dropped));

        Alert Alert(int index, AlertSeverity severity) =>
            new("queue.depth.high", severity, $"c{index:00}", $"Queue c{index:00} is deep", host.Time.GetUtcNow());
    }
}
