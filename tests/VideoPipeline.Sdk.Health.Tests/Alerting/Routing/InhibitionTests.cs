using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace VideoPipeline.Sdk.Health.Tests.Alerting.Routing;

/// <summary>Alerts of components whose dependency is down are held back, and notified once the dependency recovers.</summary>
public sealed class InhibitionTests
{
    [Fact]
    public async Task InhibitionLifts_DependentStillFiring_IsNotifiedAsNew()
    {
        await using var host = AlertingHost.Create(["api", "database", "web"], options =>
        {
            options.Components["api"] = new ComponentOptions { DependsOn = { "database" } };
            options.Components["web"] = new ComponentOptions { DependsOn = { "api" } };
        });
        host.SetAll(HealthStatus.Unhealthy);
        var down = await host.RunAsync(TimeSpan.FromMinutes(5));
        Assert.Equal(["database"], host.Sink.Alerts.Select(alert => alert.Component));
        Assert.All(down.ActiveAlerts.Where(active => active.Alert.Component != "database"), active => Assert.True(active.IsInhibited));

        host.Set(HealthStatus.Healthy, "database");
        var lifted = host.Time.GetUtcNow();
        await host.EvaluateAsync();
        Assert.Single(host.Sink.Received);      // not at once: a dependent gets the group wait to recover with its dependency
        var report = await host.RunAsync(TimeSpan.FromMinutes(10));

        var api = Assert.Single(host.Sink.Received, notification => notification.Alert.Component == "api");
        Assert.True(api.At >= lifted + new AlertingOptions().GroupWait);
        Assert.Equal(AlertStatus.Firing, api.Alert.Status);
        Assert.Equal(AlertSeverity.Error, api.Alert.Severity);
        Assert.Contains(host.Sink.Alerts, alert => alert.Component == "database" && alert.Status == AlertStatus.Resolved);
        Assert.DoesNotContain(host.Sink.Alerts, alert => alert.Component is "web" or "multiple");   // web still depends on the failing api
        var apiActive = Assert.Single(report.ActiveAlerts, active => active.Alert.Component == "api");
        Assert.False(apiActive.IsInhibited);
        Assert.NotNull(apiActive.LastNotified);
        Assert.True(Assert.Single(report.ActiveAlerts, active => active.Alert.Component == "web").IsInhibited);
    }

    [Fact]
    public async Task Inhibition_DependencyOnlyDegraded_DoesNotInhibit()
    {
        await using var host = AlertingHost.Create(["api", "database"], options =>
            options.Components["api"] = new ComponentOptions { DependsOn = { "database" } });
        host.Set(HealthStatus.Degraded, "database");
        host.Set(HealthStatus.Unhealthy, "api");

        var report = await host.RunAsync(TimeSpan.FromMinutes(2));

        Assert.All(report.ActiveAlerts, active => Assert.False(active.IsInhibited));
        var summary = Assert.Single(host.Sink.Alerts);
        Assert.Equal("2 firing: health.component.status on api, database", summary.Summary);
        Assert.Equal(AlertSeverity.Error, summary.Severity);
    }
}
