using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace VideoPipeline.Sdk.Health;

/// <summary>One component in a <see cref="HealthMonitorReport"/>.</summary>
/// <param name="Name">The component's name: its health check's registration name.</param>
/// <param name="Kind">What the component is.</param>
/// <param name="Status">The worst of its check's status and its metrics' threshold statuses.</param>
/// <param name="Description">Why, when it is not healthy: the check's description, the exception, the timeout or the
/// metric beyond its threshold.</param>
/// <param name="LastChecked">When its last check finished, or <see langword="null"/> before the first.</param>
/// <param name="Metrics">Its metrics at the last check, ordered by name.</param>
/// <param name="Uptime">Its uptime over the last hour, day and 30 days.</param>
public sealed record ComponentHealth(
    string Name,
    ComponentKind Kind,
    HealthStatus Status,
    string? Description,
    DateTimeOffset? LastChecked,
    IReadOnlyList<ComponentMetric> Metrics,
    ComponentUptime Uptime)
{
    /// <summary>Gets the component's weight in the health score.</summary>
    public double Weight { get; init; }

    /// <summary>Gets whether the component being unhealthy caps the health score.</summary>
    public bool IsCritical { get; init; }

    /// <summary>Gets how many evaluations in a row ended unhealthy, by the check or by a metric beyond its critical level.</summary>
    public int ConsecutiveFailures { get; init; }

    /// <summary>Gets the names of the components this one depends on (see <see cref="ComponentOptions.DependsOn"/>).</summary>
    /// <value>The default is empty.</value>
    public IReadOnlyList<string> DependsOn { get; init; } = [];

    /// <summary>Gets a metric by name, or <see langword="null"/>.</summary>
    /// <param name="name">The metric's name.</param>
    /// <returns>The metric, or <see langword="null"/>.</returns>
    public ComponentMetric? FindMetric(string name) =>
        Metrics.FirstOrDefault(metric => string.Equals(metric.Name, name, StringComparison.Ordinal));
}
