using System.Diagnostics;
using System.Diagnostics.Metrics;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using VideoPipeline.Sdk.Monitoring;

namespace VideoPipeline.Sdk.Benchmarks.Monitoring;

/// <summary>
/// The cost of <see cref="IPerformanceMonitor.TrackApiCallAsync{TResult}"/> around a call that completes synchronously,
/// against the hand-written floor an integrator would otherwise write: take a timestamp, await the same call, and
/// <see cref="Histogram{T}.Record(T, ReadOnlySpan{KeyValuePair{string, object}})"/> the elapsed seconds on a raw histogram
/// with the same three tags (endpoint, method, outcome). The monitor does that and also keeps its own windowed series
/// (three windows) for snapshots and starts an activity when someone listens for activities (nobody does here). Once with
/// no meter listener (the instruments are disabled, as in a process without an exporter) and once with a listener on both
/// histograms that sums the values it receives, as an exporter's aggregation would.
/// </summary>
[MemoryDiagnoser]
public class ApiCallTrackingBenchmarks
{
    private const string Endpoint = "/v1/images";
    private const string Method = "POST";

    private static readonly Func<CancellationToken, ValueTask<int>> Call = static _ => ValueTask.FromResult(42);

    private ServiceProvider _services = null!;
    private IPerformanceMonitor _monitor = null!;
    private Meter _floorMeter = null!;
    private Histogram<double> _floorHistogram = null!;
    private SummingListener? _listener;

    [Params(false, true)]
    public bool ListenerAttached { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _services = new ServiceCollection().AddVideoPipeline().AddMonitoring().Services.BuildServiceProvider();
        _monitor = _services.GetRequiredService<IPerformanceMonitor>();
        _floorMeter = new Meter("VideoPipeline.Benchmarks.Floor");
        _floorHistogram = _floorMeter.CreateHistogram<double>("floor.api.duration", "s");
        if (ListenerAttached)
        {
            _listener = new SummingListener("floor.api.duration", VideoPipelineDiagnostics.ApiCallDuration);
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _listener?.Dispose();
        _floorMeter.Dispose();
        _services.Dispose();
    }

    [Benchmark(Baseline = true)]
    public async ValueTask<int> RawHistogramRecord()
    {
        var start = Stopwatch.GetTimestamp();
        var value = await Call(CancellationToken.None).ConfigureAwait(false);
        _floorHistogram.Record(
            Stopwatch.GetElapsedTime(start).TotalSeconds,
            new(VideoPipelineDiagnostics.EndpointTag, Endpoint),
            new(VideoPipelineDiagnostics.HttpMethodTag, Method),
            new(VideoPipelineDiagnostics.OutcomeTag, "success"));
        return value;
    }

    [Benchmark]
    public ValueTask<int> TrackApiCallAsync() => _monitor.TrackApiCallAsync(Endpoint, Method, Call);
}
