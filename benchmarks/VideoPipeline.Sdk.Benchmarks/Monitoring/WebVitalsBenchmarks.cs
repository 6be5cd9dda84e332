using System.Diagnostics.Metrics;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using VideoPipeline.Sdk.Monitoring;

namespace VideoPipeline.Sdk.Benchmarks.Monitoring;

/// <summary>
/// Ingesting one web-vitals report (an LCP from a phone): validation, rating by the library's thresholds, the windowed
/// series for the 75th percentile, and the metric's histogram. The floor records the same value with the same two tags on
/// a raw <see cref="Histogram{T}"/>, which is what the report must at least cost. A meter listener that sums the values,
/// as an exporter's aggregation would, listens to both histograms (without one, the raw record is a no-op).
/// </summary>
[MemoryDiagnoser]
public class WebVitalsBenchmarks
{
    private static readonly WebVitalsReport Report = new() { Name = "LCP", Value = 2_730, DeviceClass = DeviceClass.Mobile };

    private ServiceProvider _services = null!;
    private IPerformanceMonitor _monitor = null!;
    private Meter _floorMeter = null!;
    private Histogram<double> _floorHistogram = null!;
    private SummingListener? _listener;

    [GlobalSetup]
    public void Setup()
    {
        _services = new ServiceCollection().AddVideoPipeline().AddMonitoring().Services.BuildServiceProvider();
        _monitor = _services.GetRequiredService<IPerformanceMonitor>();
        _floorMeter = new Meter("VideoPipeline.Benchmarks.Floor");
        _floorHistogram = _floorMeter.CreateHistogram<double>("floor.web_vitals.lcp", "s");
        _listener = new SummingListener("floor.web_vitals.lcp", VideoPipelineDiagnostics.WebVitalsLargestContentfulPaint);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _listener?.Dispose();
        _floorMeter.Dispose();
        _services.Dispose();
    }

    [Benchmark(Baseline = true)]
    public void RawHistogramRecord() =>
        _floorHistogram.Record(
            Report.Value / 1000,
            new(VideoPipelineDiagnostics.DeviceClassTag, "mobile"),
            new(VideoPipelineDiagnostics.WebVitalsRatingTag, "needs_improvement"));

    [Benchmark]
    public WebVitalsOutcome RecordWebVitals() => _monitor.RecordWebVitals(Report);
}
