using System.Collections.Immutable;

namespace VideoPipeline.Sdk.Health.Tests.Alerting.Sinks;

/// <summary>Alerts for the sink tests.</summary>
internal static class TestAlerts
{
    public static readonly DateTimeOffset Timestamp = new(2026, 3, 1, 12, 30, 0, TimeSpan.Zero);

    public static Alert Create(
        string name = "queue.depth.high",
        AlertSeverity severity = AlertSeverity.Warning,
        AlertStatus status = AlertStatus.Firing,
        string component = "render-queue") =>
        new(name, severity, component, $"{component}: {name}", Timestamp)
        {
            Status = status,
            Description = "depth is 740, above the warning level 500.",
            Labels = ImmutableDictionary<string, string>.Empty.Add("region", "eu").Add("provider", "synthetic"),
        };
}
