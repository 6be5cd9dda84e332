using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using VideoPipeline.Sdk.Health;

namespace VideoPipeline.Sdk.Benchmarks.Health;

/// <summary>
/// What a health probe costs. The baseline is what a probe costs without a snapshot: Microsoft's
/// <see cref="HealthCheckService.CheckHealthAsync(CancellationToken)"/> running 100 trivial healthy checks. Beside it, the
/// monitor's <see cref="IHealthMonitor.GetLatestReport"/> over the same 100 checks, evaluated once in the setup: it reads
/// the latest snapshot, so it should cost nanoseconds and allocate nothing.
/// </summary>
[MemoryDiagnoser]
public class HealthReportBenchmarks
{
    private ServiceProvider _healthChecks = null!;
    private HealthCheckService _healthCheckService = null!;
    private ServiceProvider _monitored = null!;
    private IHealthMonitor _monitor = null!;

    [GlobalSetup]
    public void Setup()
    {
        _healthChecks = TrivialHealthChecks.HealthCheckServiceHost();
        _healthCheckService = _healthChecks.GetRequiredService<HealthCheckService>();

        var services = new ServiceCollection();
        services.AddHealthChecks().AddTrivialChecks();
        services.AddVideoPipeline().AddHealthMonitoring();
        _monitored = services.BuildServiceProvider();
        _monitor = _monitored.GetRequiredService<IHealthMonitor>();
        var report = _monitor.GetHealthReportAsync(refresh: true).AsTask().GetAwaiter().GetResult();
        if (report.Components.Count != TrivialHealthChecks.Count || report.Status != HealthStatus.Healthy)
        {
            throw new InvalidOperationException($"The monitor saw {report.Components.Count} components, {report.Status}.");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _healthChecks.Dispose();
        _monitored.Dispose();
    }

    [Benchmark(Baseline = true)]
    public Task<HealthReport> HealthCheckService_CheckHealth() => _healthCheckService.CheckHealthAsync();

    [Benchmark]
    public HealthMonitorReport Monitor_GetLatestReport() => _monitor.GetLatestReport();
}
