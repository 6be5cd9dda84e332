namespace VideoPipeline.Sdk.Health;

/// <summary>
/// The health of the host's components: every <see cref="Microsoft.Extensions.Diagnostics.HealthChecks.IHealthCheck"/>
/// registered in the host and every checker added with <c>RegisterHealthChecker</c>, checked by a background loop every
/// <see cref="HealthMonitorOptions.CheckInterval"/>. Reports come from the latest evaluation, so probes never run checks.
/// </summary>
public interface IHealthMonitor
{
    /// <summary>Gets the report of the latest evaluation, instantly and without allocating.</summary>
    /// <returns>The report.</returns>
    HealthMonitorReport GetLatestReport();

    /// <summary>
    /// Gets the report of the latest evaluation, or with <paramref name="refresh"/> runs every check now (each within its
    /// timeout; a check still running from before is reported as such) and returns the new report.
    /// </summary>
    /// <param name="refresh">Whether to run the checks now instead of answering from the latest evaluation.</param>
    /// <param name="cancellationToken">Cancels the wait for a refresh.</param>
    /// <returns>The report.</returns>
    ValueTask<HealthMonitorReport> GetHealthReportAsync(bool refresh = false, CancellationToken cancellationToken = default);
}
