using System.Collections.Immutable;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace VideoPipeline.Sdk.Health;

/// <summary>
/// What a delegate-based health checker returns: the component's status, why, and metrics it measured (for example
/// <c>queue.depth</c> or <c>cpu.utilization</c>) that thresholds in <see cref="ComponentOptions.Thresholds"/> apply to.
/// The response time is measured by the monitor; it need not be reported.
/// </summary>
/// <param name="Status">The component's status.</param>
/// <param name="Description">Why, for a human; <see langword="null"/> when there is nothing to say.</param>
public sealed record ComponentCheckResult(HealthStatus Status, string? Description = null)
{
    /// <summary>Gets the metrics the check measured, by name.</summary>
    /// <value>The default is empty.</value>
    public IReadOnlyDictionary<string, double> Metrics { get; init; } = ImmutableDictionary<string, double>.Empty;

    /// <summary>Gets a healthy result with no description.</summary>
    public static ComponentCheckResult Healthy { get; } = new(HealthStatus.Healthy);
}
