using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace VideoPipeline.Sdk.Health.Tests.Alerting.Routing;

/// <summary>
/// An outage of many components, driven through the monitor for an hour at the default 30-second interval and then
/// recovered: routing turns hundreds of raw alerts into a handful of notifications.
/// </summary>
public sealed class OutageNotificationTests
{
    private const string Database = "database";

    [Fact]
    public async Task Outage_HundredComponentsDependingOnADatabase_NotifiesTheDatabaseOnlyAndAtLeast95PercentFewer()
    {
        var dependents = AlertingHost.Names("api", 100).ToArray();
        await using var host = AlertingHost.Create([.. dependents, Database], options =>
        {
            foreach (var dependent in dependents)
            {
                options.Components[dependent] = new ComponentOptions { DependsOn = { Database } };
            }
        });

        await host.RunAsync(TimeSpan.FromMinutes(1));
        host.SetAll(HealthStatus.Unhealthy);
        await host.RunAsync(TimeSpan.FromMinutes(30));
        var during = await host.EvaluateAsync();
        await host.RunAsync(TimeSpan.FromMinutes(30));
        host.SetAll(HealthStatus.Healthy);
        var after = await host.RunAsync(TimeSpan.FromMinutes(30));

        var notifications = host.Sink.Alerts;
        var raw = host.Count(host.Raw);
        Assert.Equal(202, raw);     // 101 firing, 101 resolved
        Assert.True(notifications.Count * 20 <= raw, $"{notifications.Count} notifications for {raw} raw alerts");
        Assert.Equal([(Database, AlertStatus.Firing), (Database, AlertStatus.Resolved)], notifications.Select(alert => (alert.Component, alert.Status)));
        Assert.Equal(AlertSeverity.Error, notifications[0].Severity);

        Assert.Equal(101, during.ActiveAlerts.Count);
        var database = Assert.Single(during.ActiveAlerts, active => active.Alert.Component == Database);
        Assert.Equal(ActiveAlertState.Firing, database.State);
        Assert.False(database.IsInhibited);
        Assert.NotNull(database.LastNotified);
        Assert.All(during.ActiveAlerts.Where(active => active.Alert.Component != Database), active =>
        {
            Assert.True(active.IsInhibited);
            Assert.Null(active.LastNotified);
        });
        Assert.Empty(after.ActiveAlerts);
        Assert.Equal(notifications.Count, host.Count(host.Notifications));
    }

    [Fact]
    public async Task Outage_HundredComponentsWithoutDependencies_GroupsThemIntoOneNotificationEachWay()
    {
        await using var host = AlertingHost.Create([.. AlertingHost.Names("api", 100), Database]);

        host.SetAll(HealthStatus.Unhealthy);
        var during = await host.RunAsync(TimeSpan.FromHours(1));
        host.SetAll(HealthStatus.Healthy);
        await host.RunAsync(TimeSpan.FromMinutes(30));

        var notifications = host.Sink.Alerts;
        var raw = host.Count(host.Raw);
        Assert.Equal(202, raw);
        Assert.True(notifications.Count * 20 <= raw, $"{notifications.Count} notifications for {raw} raw alerts");
        Assert.Equal([AlertStatus.Firing, AlertStatus.Resolved], notifications.Select(alert => alert.Status));

        var firing = notifications[0];
        Assert.Equal(HealthAlertNames.ComponentStatus, firing.Name);
        Assert.Equal(AlertSeverity.Error, firing.Severity);
        Assert.Equal("multiple", firing.Component);
        Assert.Equal("101", firing.Labels["alert_count"]);
        Assert.StartsWith("101 firing: health.component.status on api-000, api-001,", firing.Summary, StringComparison.Ordinal);
        Assert.EndsWith("and 91 more", firing.Summary, StringComparison.Ordinal);
        var lines = firing.Description!.Split('\n');
        Assert.Equal(51, lines.Length);
        Assert.Equal("Firing Error api-000: api-000 is unhealthy: api-000 says Unhealthy", lines[0]);
        Assert.Equal("... and 51 more", lines[^1]);
        Assert.StartsWith("101 resolved: ", notifications[1].Summary, StringComparison.Ordinal);
        Assert.All(during.ActiveAlerts, active => Assert.False(active.IsInhibited));
    }
}
