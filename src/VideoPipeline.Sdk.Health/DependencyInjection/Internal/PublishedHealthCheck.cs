using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace VideoPipeline.Sdk.Health.DependencyInjection.Internal;

/// <summary>
/// The monitor's view as an <see cref="IHealthCheck"/> named <see cref="HealthMonitorOptions.HealthCheckName"/>, so that
/// ASP.NET Core's <c>MapHealthChecks</c> endpoints reflect it: the latest report's status, its score, and each
/// component's status in the data. Answers from the latest evaluation; never runs the checks.
/// </summary>
internal sealed class PublishedHealthCheck(IHealthMonitor monitor) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var report = monitor.GetLatestReport();
        var data = new Dictionary<string, object>(report.Components.Count + 1, StringComparer.Ordinal) { ["score"] = report.Score };
        foreach (var component in report.Components)
        {
            data[component.Name] = component.Status.ToString();
        }

        var unhealthy = report.Components.Where(component => component.Status != HealthStatus.Healthy).Select(component => component.Name).ToList();
        var description = string.Create(
            CultureInfo.InvariantCulture,
            $"Health score {report.Score:0}%{(unhealthy.Count == 0 ? string.Empty : $"; not healthy: {string.Join(", ", unhealthy)}")}.");
        return Task.FromResult(new HealthCheckResult(report.Status, description, data: data));
    }
}
