using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using VideoPipeline.Sdk.Health;

namespace VideoPipeline.Sdk.Benchmarks.Health;

/// <summary>
/// One evaluation of 100 components. The baseline is Microsoft's
/// <see cref="HealthCheckService.CheckHealthAsync(CancellationToken)"/> over 100 trivial healthy <see cref="IHealthCheck"/>s.
/// Beside it, the monitor's <see cref="IHealthMonitor.GetHealthReportAsync"/> with <c>refresh: true</c> over 100 trivial
/// healthy checkers added with <c>RegisterHealthChecker</c>: each on the thread pool with its own timeout, then metrics,
/// thresholds, history, trends, uptime and the score, published as a new snapshot.
/// </summary>
[MemoryDiagnoser]
public class HealthEvaluationBenchmarks
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
        var pipeline = services.AddVideoPipeline().AddHealthMonitoring();
        for (var index = 0; index < TrivialHealthChecks.Count; index++)
        {
            pipeline.RegisterHealthChecker($"component-{index:000}", ComponentKind.Custom, static _ => ValueTask.FromResult(ComponentCheckResult.Healthy));
        }

        _monitored = services.BuildServiceProvider();
        _monitor = _monitored.GetRequiredService<IHealthMonitor>();
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
    public ValueTask<HealthMonitorReport> Monitor_Evaluate() => _monitor.GetHealthReportAsync(refresh: true);
}
