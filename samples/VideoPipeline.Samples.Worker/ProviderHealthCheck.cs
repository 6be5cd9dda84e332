using Microsoft.Extensions.Diagnostics.HealthChecks;
using VideoPipeline.Sdk.Monitoring;

namespace VideoPipeline.Samples.Worker;

/// <summary>
/// An ordinary <see cref="IHealthCheck"/> for the synthetic provider: reads the last minute of the provider calls the
/// performance monitor tracked and reports their count, error rate and p95 latency as numeric data, which the health
/// monitor turns into metrics with the thresholds configured under <c>VideoPipeline:Health:Components:synthetic</c>.
/// </summary>
internal sealed class ProviderHealthCheck(IPerformanceMonitor monitor) : IHealthCheck
{
    public const string Provider = "synthetic";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        long calls = 0, errors = 0;
        double p95 = 0;
        foreach (var endpoint in monitor.GetSnapshot().Endpoints)
        {
            if (endpoint.Endpoint.StartsWith(Provider + "/", StringComparison.Ordinal))
            {
                var minute = endpoint.Windows[0];
                calls += minute.Count;
                errors += minute.Errors;
                p95 = Math.Max(p95, minute.P95);
            }
        }

        var data = new Dictionary<string, object>
        {
            ["calls.minute"] = calls,
            ["error_rate.minute"] = calls == 0 ? 0.0 : (double)errors / calls,
            ["latency.p95.ms"] = p95 * 1000,
        };
        return Task.FromResult(HealthCheckResult.Healthy($"{calls} calls in the last minute.", data));
    }
}
