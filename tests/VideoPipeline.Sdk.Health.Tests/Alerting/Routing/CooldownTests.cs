using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace VideoPipeline.Sdk.Health.Tests.Alerting.Routing;

/// <summary>Repeat interval, flapping protection and severity changes, through the monitor's own component alerts.</summary>
public sealed class CooldownTests
{
    [Fact]
    public async Task Flapping_EveryIntervalForTwelveHours_NotifiesAtMostOncePerRepeatInterval()
    {
        await using var host = AlertingHost.Create(["api"], options => options.Alerting.FireAfterChecks = 1);
        var repeat = new AlertingOptions().RepeatInterval;
        var evaluations = (int)(TimeSpan.FromHours(12) / host.Interval);
        HealthMonitorReport? report = null;
        for (var evaluation = 0; evaluation < evaluations; evaluation++)
        {
            host.Set(evaluation % 2 == 0 ? HealthStatus.Unhealthy : HealthStatus.Healthy, "api");
            report = await host.EvaluateAsync();
            host.Time.Advance(host.Interval);
        }

        var received = host.Sink.Received;
        Assert.Equal(evaluations, host.Count(host.Raw));
        for (var window = AlertingHost.Start; window < host.Time.GetUtcNow(); window += repeat)
        {
            var start = window;
            Assert.True(received.Count(notification => notification.At >= start && notification.At < start + repeat) <= 1, $"more than one notification in the window from {start}");
        }

        Assert.All(received.Zip(received.Skip(1)), pair => Assert.True(pair.Second.At - pair.First.At >= repeat));
        Assert.Equal(3, received.Count);    // reminded once per repeat interval: at the first group wait, then 4 h and 8 h later.
        Assert.All(received, notification => Assert.Equal(AlertStatus.Firing, notification.Alert.Status));
        var flapping = Assert.Single(report!.ActiveAlerts);
        Assert.True(flapping.IsFlapping);
        Assert.Equal(ActiveAlertState.Resolving, flapping.State);     // the last evaluation was healthy
    }

    [Fact]
    public async Task SeverityRise_WithinTheCooldown_IsNotifiedAtOnce_AndAFallIsNot()
    {
        await using var host = AlertingHost.Create(["api"], options => options.Alerting.FireAfterChecks = 1);
        host.Set(HealthStatus.Degraded, "api");
        await host.RunAsync(TimeSpan.FromMinutes(1));
        var warning = Assert.Single(host.Sink.Received);
        Assert.Equal(AlertSeverity.Warning, warning.Alert.Severity);
        Assert.Equal("api is degraded: api says Degraded", warning.Alert.Summary);
        Assert.Equal("api_back_end", warning.Alert.Labels["kind"]);

        host.Set(HealthStatus.Unhealthy, "api");
        var risen = host.Time.GetUtcNow();
        await host.EvaluateAsync();

        Assert.Equal(2, host.Sink.Received.Count);
        var error = host.Sink.Received[1];
        Assert.Equal(risen, error.At);     // no clock advance: neither the group interval nor the repeat interval held it.
        Assert.Equal(AlertSeverity.Error, error.Alert.Severity);
        Assert.Equal("api is unhealthy: api says Unhealthy", error.Alert.Summary);

        host.Set(HealthStatus.Degraded, "api");
        var report = await host.RunAsync(TimeSpan.FromMinutes(30));
        Assert.Equal(2, host.Sink.Received.Count);
        var active = Assert.Single(report.ActiveAlerts);
        Assert.Equal(AlertSeverity.Warning, active.Alert.Severity);
        Assert.Equal(risen, active.LastNotified);
        Assert.Equal(3, host.Count(host.Raw));
    }

    [Fact]
    public async Task UnchangedFiringAlert_IsNotifiedAgainAfterTheRepeatIntervalOnly()
    {
        await using var host = AlertingHost.Create(["api"], options => options.Alerting.RepeatInterval = TimeSpan.FromHours(1));
        host.Set(HealthStatus.Unhealthy, "api");

        await host.RunAsync(TimeSpan.FromHours(2) + TimeSpan.FromMinutes(1));

        // Fires at the second evaluation (30 s), notified after the group wait (60 s), then every hour.
        Assert.Equal(
            [AlertingHost.Start.AddSeconds(60), AlertingHost.Start.AddSeconds(60).AddHours(1), AlertingHost.Start.AddSeconds(60).AddHours(2)],
            host.Sink.Received.Select(notification => notification.At));
    }
}
