using BenchmarkDotNet.Attributes;
using VideoPipeline.Sdk.Monitoring;

namespace VideoPipeline.Sdk.Benchmarks.Monitoring;

/// <summary>
/// The cost of feeding one sample to each detector, against the physical floor: the arithmetic of an exponentially
/// weighted mean and variance with nothing else (no band, no cumulative sum, no state machine). Each invocation feeds
/// <see cref="Samples"/> noisy samples with a level shift in the middle, so the detectors' state changes are paid for too.
/// </summary>
[MemoryDiagnoser]
public class DetectorBenchmarks
{
    private const int Samples = 1024;

    private readonly double[] _values = new double[Samples];
    private LevelShiftDetector _level = null!;
    private TrendDetector _trend = null!;
    private DateTimeOffset _now;
    private double _mean;
    private double _variance;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        for (var index = 0; index < Samples; index++)
        {
            _values[index] = (index < Samples / 2 ? 0.5 : 0.7) + (random.NextDouble() * 0.02);
        }

        _level = new LevelShiftDetector();
        _trend = new TrendDetector(new TrendDetectorOptions());
        _now = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Samples)]
    public double EwmaArithmeticFloor()
    {
        const double weight = 2.0 / 51;
        foreach (var value in _values)
        {
            var deviation = value - _mean;
            _mean += weight * deviation;
            _variance = (1 - weight) * (_variance + (weight * deviation * deviation));
        }

        return _variance;
    }

    [Benchmark(OperationsPerInvoke = Samples)]
    public int LevelShiftDetectorObserve()
    {
        var entered = 0;
        foreach (var value in _values)
        {
            _now = _now.AddSeconds(10);
            entered += _level.Observe(_now, value).Transition == AnomalyTransition.Entered ? 1 : 0;
        }

        return entered;
    }

    [Benchmark(OperationsPerInvoke = Samples)]
    public int TrendDetectorObserve()
    {
        var entered = 0;
        foreach (var value in _values)
        {
            _now = _now.AddSeconds(10);
            entered += _trend.Observe(_now, value).Transition == AnomalyTransition.Entered ? 1 : 0;
        }

        return entered;
    }
}
