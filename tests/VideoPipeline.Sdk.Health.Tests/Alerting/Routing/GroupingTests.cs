using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace VideoPipeline.Sdk.Health.Tests.Alerting.Routing;

/// <summary>Group wait, group interval and group-by, through the monitor's own component alerts.</summary>
public sealed class GroupingTests
{
    [Fact]
    public async Task GroupWait_GathersAlertsRaisedCloseTogether_AndGroupIntervalSpacesTheUpdates()
    {
        await using var host = AlertingHost.Create(["a", "b", "c", "d", "e"], options => options.Alerting.FireAfterChecks = 1);

        foreach (var component in new[] { "a", "b", "c" })
        {
            host.Set(HealthStatus.Unhealthy, component);
            await host.EvaluateAsync();
            host.Time.Advance(TimeSpan.FromSeconds(10));
        }

        var first = Assert.Single(host.Sink.Received);
        Assert.Equal(AlertingHost.Start.AddSeconds(30), first.At);
        Assert.Equal("3", first.Alert.Labels["alert_count"]);
        Assert.Equal("3 firing: health.component.status on a, b, c", first.Alert.Summary);
        Assert.Equal("multiple", first.Alert.Component);

        host.Set(HealthStatus.Unhealthy, "d");
        await host.RunAsync(TimeSpan.FromMinutes(2));
        host.Set(HealthStatus.Unhealthy, "e");
        await host.RunAsync(TimeSpan.FromMinutes(5));

        Assert.Equal(2, host.Sink.Received.Count);
        var second = host.Sink.Received[1];
        Assert.Equal(first.At + new AlertingOptions().GroupInterval, second.At);
        Assert.Equal("2 firing: health.component.status on d, e", second.Alert.Summary);
        Assert.Equal(
            "Firing Error d: d is unhealthy: d says Unhealthy\nFiring Error e: e is unhealthy: e says Unhealthy",
            second.Alert.Description);
    }

    [Fact]
    public async Task GroupBy_Component_NotifiesEachComponentOnItsOwn()
    {
        await using var host = AlertingHost.Create(["a", "b"], options =>
        {
            options.Alerting.FireAfterChecks = 1;
            options.Alerting.GroupBy.Add("component");
        });
        host.Set(HealthStatus.Degraded, "a", "b");

        await host.RunAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(["a", "b"], host.Sink.Alerts.Select(alert => alert.Component).Order(StringComparer.Ordinal));
        Assert.All(host.Sink.Alerts, alert => Assert.Equal(HealthAlertNames.ComponentStatus, alert.Name));
    }

    [Fact]
    public async Task GroupBy_Label_PutsTheLabelOnTheSummary()
    {
        await using var host = AlertingHost.Create([], options => options.Alerting.GroupBy.Add("region"));
        var router = host.Router;

        foreach (var (component, region) in new[] { ("a", "eu"), ("b", "eu"), ("c", "us") })
        {
            await router.SendAsync(new Alert("queue.depth.high", AlertSeverity.Warning, component, $"{component} is deep", host.Time.GetUtcNow())
            {
                Labels = new Dictionary<string, string> { ["region"] = region },
            });
        }

        host.Time.Advance(TimeSpan.FromSeconds(30));

        var notifications = host.Sink.Alerts.OrderBy(alert => alert.Component, StringComparer.Ordinal).ToArray();
        Assert.Equal(2, notifications.Length);
        Assert.Equal("c", notifications[0].Component);     // alone in its group: the alert itself
        Assert.Equal("multiple", notifications[1].Component);
        Assert.Equal(new Dictionary<string, string> { ["region"] = "eu", ["alert_count"] = "2" }, notifications[1].Labels);
    }
}
