namespace VideoPipeline.Sdk.Monitoring.Resources.Internal;

/// <summary>
/// Reads the process's resource use from the runtime (<see cref="Environment.CpuUsage"/>, <see cref="GC"/>,
/// <see cref="ThreadPool"/>) and turns the cumulative counters into rates since the previous sample. Called from the
/// sampling timer, one call at a time.
/// </summary>
internal sealed class ResourceSampler
{
    private readonly TimeProvider _timeProvider;
    private long _previousTimestamp;
    private TimeSpan _previousCpu;
    private TimeSpan _previousPause;
    private int _previousCollections;

    public ResourceSampler(TimeProvider timeProvider)
    {
        _timeProvider = timeProvider;
        _previousTimestamp = timeProvider.GetTimestamp();
        _previousCpu = Environment.CpuUsage.TotalTime;
        _previousPause = GC.GetTotalPauseDuration();
        _previousCollections = CountCollections();
    }

    public ResourceUsage Sample()
    {
        var timestamp = _timeProvider.GetTimestamp();
        var cpu = Environment.CpuUsage.TotalTime;
        var pause = GC.GetTotalPauseDuration();
        var collections = CountCollections();
        var wall = _timeProvider.GetElapsedTime(_previousTimestamp, timestamp);
        var memory = GC.GetGCMemoryInfo();

        var cpuUtilization = wall > TimeSpan.Zero
            ? Math.Clamp((cpu - _previousCpu) / (wall * Environment.ProcessorCount), 0, 1)
            : 0;
        var pauseRatio = wall > TimeSpan.Zero ? Math.Clamp((pause - _previousPause) / wall, 0, 1) : 0;
        var usage = new ResourceUsage(
            _timeProvider.GetUtcNow(),
            cpuUtilization,
            Environment.WorkingSet,
            memory.HeapSizeBytes,
            memory.TotalAvailableMemoryBytes,
            pauseRatio,
            collections - _previousCollections,
            ThreadPool.PendingWorkItemCount,
            ThreadPool.ThreadCount);

        _previousTimestamp = timestamp;
        _previousCpu = cpu;
        _previousPause = pause;
        _previousCollections = collections;
        return usage;
    }

    // Every collection, whatever its generation, counts as a generation-0 collection.
    private static int CountCollections() => GC.CollectionCount(0);
}
