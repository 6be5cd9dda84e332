using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace VideoPipeline.Sdk.Health.Tests.Alerting.Routing;

/// <summary>Delivery to every registered sink, whatever the others do.</summary>
public sealed class DeliveryTests
{
    [Fact]
    public async Task FailingSinks_DoNotStopTheRecordingSinkOrTheRouter()
    {
        await using var host = AlertingHost.Create(
            ["api"],
            options => options.Alerting.FireAfterChecks = 1,
            [FailingSinks.Throwing, FailingSinks.NeverCompleting, FailingSinks.Faulting]);

        host.Set(HealthStatus.Degraded, "api");
        await host.RunAsync(TimeSpan.FromMinutes(1));
        host.Set(HealthStatus.Unhealthy, "api");
        await host.RunAsync(TimeSpan.FromMinutes(1));
        host.Set(HealthStatus.Healthy, "api");
        await host.RunAsync(TimeSpan.FromMinutes(10));

        Assert.Equal(
            [(AlertStatus.Firing, AlertSeverity.Warning), (AlertStatus.Firing, AlertSeverity.Error), (AlertStatus.Resolved, AlertSeverity.Error)],
            host.Sink.Alerts.Select(alert => (alert.Status, alert.Severity)));
        Assert.Equal(3, host.Count(host.Notifications));
        var errors = host.Logs.GetSnapshot().Where(record => record.Level == LogLevel.Error).Select(record => record.Message).ToArray();
        Assert.Equal(3, errors.Count(message => message.StartsWith("The alert sink ThrowingAlertSink failed to take notification 'health.component.status'", StringComparison.Ordinal)));
        Assert.Equal(3, errors.Count(message => message.StartsWith("The alert sink FaultingAlertSink failed", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task MinimumSeverity_LessSevereAlerts_AreTrackedButNotNotified()
    {
        await using var host = AlertingHost.Create([], options => options.Alerting.MinimumSeverity = AlertSeverity.Error);

        await host.Router.SendAsync(new Alert("disk.usage", AlertSeverity.Warning, "storage", "Disk 80% full", host.Time.GetUtcNow()));
        host.Time.Advance(TimeSpan.FromHours(1));
        var report = await host.EvaluateAsync();

        Assert.Empty(host.Sink.Received);
        Assert.Equal("disk.usage", Assert.Single(report.ActiveAlerts).Alert.Name);
    }
}
