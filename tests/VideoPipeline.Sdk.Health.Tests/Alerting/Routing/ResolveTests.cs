using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace VideoPipeline.Sdk.Health.Tests.Alerting.Routing;

/// <summary>When a cleared alert is notified as resolved, and when it never is.</summary>
public sealed class ResolveTests
{
    [Fact]
    public async Task Resolved_StaysClearForResolveAfter_IsNotifiedThen()
    {
        await using var host = AlertingHost.Create(["api"], options => options.Alerting.FireAfterChecks = 1);
        host.Set(HealthStatus.Unhealthy, "api");
        await host.RunAsync(TimeSpan.FromMinutes(1));
        host.Set(HealthStatus.Healthy, "api");
        var cleared = host.Time.GetUtcNow();

        var clearing = await host.RunAsync(TimeSpan.FromMinutes(4));
        Assert.Single(host.Sink.Received);
        Assert.Equal(ActiveAlertState.Resolving, Assert.Single(clearing.ActiveAlerts).State);
        var report = await host.RunAsync(TimeSpan.FromMinutes(10));

        Assert.Equal([AlertStatus.Firing, AlertStatus.Resolved], host.Sink.Alerts.Select(alert => alert.Status));
        var resolved = host.Sink.Received[1];
        Assert.Equal(cleared + new AlertingOptions().ResolveAfter, resolved.At);
        Assert.Equal("api is healthy again.", resolved.Alert.Summary);
        Assert.Equal(AlertSeverity.Error, resolved.Alert.Severity);
        Assert.Empty(report.ActiveAlerts);
    }

    [Fact]
    public async Task Resolved_FiresAgainWithinResolveAfter_SendsNeitherResolvedNorANewFiring()
    {
        await using var host = AlertingHost.Create(["api"], options => options.Alerting.FireAfterChecks = 1);
        host.Set(HealthStatus.Unhealthy, "api");
        await host.RunAsync(TimeSpan.FromMinutes(1));
        host.Set(HealthStatus.Healthy, "api");
        await host.RunAsync(TimeSpan.FromMinutes(2));
        host.Set(HealthStatus.Unhealthy, "api");

        var report = await host.RunAsync(TimeSpan.FromMinutes(30));

        Assert.Equal([AlertStatus.Firing], host.Sink.Alerts.Select(alert => alert.Status));
        var active = Assert.Single(report.ActiveAlerts);
        Assert.Equal(ActiveAlertState.Firing, active.State);
        Assert.Equal(AlertingHost.Start, active.Since);
        Assert.Equal(3, host.Count(host.Raw));     // firing, resolved, firing: unchanged evaluations raise nothing
    }

    [Fact]
    public async Task Resolved_NeverNotified_ResolvesSilently()
    {
        await using var host = AlertingHost.Create(["api"], options =>
        {
            options.Alerting.FireAfterChecks = 1;
            options.Alerting.GroupWait = TimeSpan.FromMinutes(2);
        });
        host.Set(HealthStatus.Unhealthy, "api");
        await host.RunAsync(TimeSpan.FromSeconds(30));
        host.Set(HealthStatus.Healthy, "api");

        var report = await host.RunAsync(TimeSpan.FromHours(1));

        Assert.Equal(2, host.Count(host.Raw));
        Assert.Empty(host.Sink.Received);
        Assert.Empty(report.ActiveAlerts);
    }

    [Fact]
    public async Task FireAfter_AlertResolvingSooner_IsNeverNotified_AndOneThatKeepsFiringIsNotifiedWhenItEnds()
    {
        await using var host = AlertingHost.Create(["brief", "steady"], options =>
        {
            options.Alerting.FireAfterChecks = 1;
            options.Alerting.FireAfter = TimeSpan.FromMinutes(2);
            options.Alerting.GroupWait = TimeSpan.Zero;
        });
        host.Set(HealthStatus.Unhealthy, "brief", "steady");
        var pending = await host.RunAsync(TimeSpan.FromMinutes(1));
        host.Set(HealthStatus.Healthy, "brief");
        await host.RunAsync(TimeSpan.FromMinutes(30));

        Assert.All(pending.ActiveAlerts, active => Assert.Equal(ActiveAlertState.Pending, active.State));
        Assert.Equal(2, pending.ActiveAlerts.Count);
        var notification = Assert.Single(host.Sink.Received);
        Assert.Equal("steady", notification.Alert.Component);
        Assert.Equal(AlertingHost.Start + TimeSpan.FromMinutes(2), notification.At);
    }
}
