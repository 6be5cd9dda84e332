using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace VideoPipeline.Sdk.Health.Evaluation.Internal;

/// <summary>The documented health score and overall status of a set of components (see <see cref="HealthMonitorReport"/>).</summary>
internal static class HealthScore
{
    public static (HealthStatus Status, double Score) Of(IReadOnlyList<ComponentHealth> components, double criticalDownCap)
    {
        double weighted = 0, weights = 0, points = 0;
        var criticalDown = false;
        var allHealthy = true;
        foreach (var component in components)
        {
            points += Points(component.Status);
            weighted += component.Weight * Points(component.Status);
            weights += component.Weight;
            criticalDown |= component.IsCritical && component.Status == HealthStatus.Unhealthy;
            allHealthy &= component.Status == HealthStatus.Healthy;
        }

        // With every weight at zero, the plain mean, so that components that are all down do not score 100.
        var score = weights > 0 ? weighted / weights : components.Count > 0 ? points / components.Count : 100;
        if (criticalDown)
        {
            score = Math.Min(score, criticalDownCap);
        }

        var status = criticalDown || score < 50 ? HealthStatus.Unhealthy : allHealthy ? HealthStatus.Healthy : HealthStatus.Degraded;
        return (status, score);
    }

    private static double Points(HealthStatus status) => status switch
    {
        HealthStatus.Healthy => 100,
        HealthStatus.Degraded => 50,
        _ => 0,
    };
}
