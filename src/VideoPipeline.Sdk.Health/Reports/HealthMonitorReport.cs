using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace VideoPipeline.Sdk.Health;

/// <summary>
/// The health of every component at the last evaluation, and the overall health score: the weighted mean of the
/// components' scores (100 healthy, 50 degraded, 0 unhealthy) by <see cref="ComponentHealth.Weight"/>, capped at
/// <see cref="HealthMonitorOptions.CriticalDownScoreCap"/> while a critical component is unhealthy.
/// </summary>
/// <param name="Timestamp">When the evaluation finished.</param>
/// <param name="Status">Unhealthy when a critical component is unhealthy or the score is below 50; degraded when any
/// component is not healthy; healthy otherwise.</param>
/// <param name="Score">The health score, 0 to 100 (100 when there are no components; the plain mean when every weight is 0).</param>
/// <param name="Components">The components, ordered by name.</param>
public sealed record HealthMonitorReport(DateTimeOffset Timestamp, HealthStatus Status, double Score, IReadOnlyList<ComponentHealth> Components)
{
    /// <summary>Gets the alerts the router tracks (pending, firing or resolving), most severe first.</summary>
    /// <value>The default is empty.</value>
    public IReadOnlyList<ActiveAlert> ActiveAlerts { get; init; } = [];

    /// <summary>Gets the latest recovery attempts, oldest first (at most <see cref="RecoveryOptions.AuditLogSize"/>).</summary>
    /// <value>The default is empty.</value>
    public IReadOnlyList<RecoveryAttempt> RecoveryLog { get; init; } = [];

    /// <summary>Gets a component by name, or <see langword="null"/>.</summary>
    /// <param name="name">The component's name.</param>
    /// <returns>The component, or <see langword="null"/>.</returns>
    public ComponentHealth? FindComponent(string name) =>
        Components.FirstOrDefault(component => string.Equals(component.Name, name, StringComparison.Ordinal));
}
