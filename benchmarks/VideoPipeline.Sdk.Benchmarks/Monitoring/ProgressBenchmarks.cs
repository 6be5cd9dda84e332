using System.Threading.Channels;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using VideoPipeline.Sdk.Monitoring;

namespace VideoPipeline.Sdk.Benchmarks.Monitoring;

/// <summary>
/// One progress update of a sub-step (<see cref="IStepProgress.Report(double)"/>) on a job of four steps, one of them with
/// eight sub-steps, through the tracker an integrator resolves from DI. The floor is the least an update can do while
/// staying thread-safe: take a lock and store a value. Beside it, a raw <see cref="Channel{T}"/> write of a small struct
/// (what publishing to one subscriber costs at the least), the tracker's update with nobody watching (which should not
/// allocate), and with one subscriber (which builds and publishes an immutable snapshot of the whole job per update).
/// </summary>
[MemoryDiagnoser]
public class ProgressBenchmarks
{
    private readonly Lock _floorGate = new();
    private double _floorValue;
    private Channel<(int Step, double Fraction)> _channel = null!;
    private ServiceProvider _provider = null!;
    private IStepProgress _unwatched = null!;
    private IStepProgress _watched = null!;
    private IAsyncEnumerable<JobProgress> _subscription = null!;
    private double _fraction;

    [GlobalSetup]
    public void Setup()
    {
        var services = new ServiceCollection();
        services.AddVideoPipeline().AddMonitoring();
        _provider = services.BuildServiceProvider();
        var tracker = _provider.GetRequiredService<IProgressTracker>();
        _unwatched = StartJob(tracker, "unwatched");
        _watched = StartJob(tracker, "watched");
        _subscription = tracker.WatchAsync("watched");
        _channel = Channel.CreateBounded<(int, double)>(new BoundedChannelOptions(64) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
    }

    [GlobalCleanup]
    public void Cleanup() => _provider.Dispose();

    [Benchmark(Baseline = true)]
    public void LockedStoreFloor()
    {
        lock (_floorGate)
        {
            _floorValue = NextFraction();
        }
    }

    [Benchmark]
    public bool ChannelWriteFloor() => _channel.Writer.TryWrite((3, NextFraction()));

    [Benchmark]
    public void SubStepUpdate_NoSubscriber() => _unwatched.Report(NextFraction());

    [Benchmark]
    public void SubStepUpdate_OneSubscriber() => _watched.Report(NextFraction());

    private static IStepProgress StartJob(IProgressTracker tracker, string jobId)
    {
        var job = tracker.StartJob(jobId, [
            new ProgressStepDefinition("script", "text"),
            new ProgressStepDefinition("images", "image", 2),
            new ProgressStepDefinition("clips", "clips", 6),
            new ProgressStepDefinition("mix", "audio")]);
        var clips = job.GetStep("clips");
        IStepProgress last = null!;
        for (var i = 0; i < 8; i++)
        {
            last = clips.AddSubStep(new ProgressStepDefinition($"clip-{i}", "video-clip"));
        }

        return last;
    }

    /// <summary>A fraction that keeps changing and wraps around; lower reports are accepted and do not lower the job.</summary>
    private double NextFraction() => _fraction = _fraction >= 0.999 ? 0 : _fraction + 0.001;
}
