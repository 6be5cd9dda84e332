namespace VideoPipeline.Sdk.Monitoring;

/// <summary>
/// The process's use of resources at one sample, read from the runtime. Rates (CPU, GC pause) cover the time since the
/// previous sample. These figures feed snapshots and detectors; they are not re-published as metrics, because the
/// runtime's <c>System.Runtime</c> meter already publishes them.
/// </summary>
/// <param name="Timestamp">When the sample was taken.</param>
/// <param name="CpuUtilization">The process's CPU time over wall time and processor count since the previous sample
/// (0 to 1, where 1 is every core busy).</param>
/// <param name="WorkingSetBytes">The process's physical memory.</param>
/// <param name="GcHeapBytes">The bytes of the managed heap after the last collection, fragmentation included.</param>
/// <param name="AvailableMemoryBytes">The memory the GC may use (the container or machine limit).</param>
/// <param name="GcPauseRatio">The share of wall time the GC paused the process since the previous sample (0 to 1).</param>
/// <param name="GcCollections">Garbage collections since the previous sample, every generation.</param>
/// <param name="ThreadPoolQueueLength">Work items waiting in the thread pool's queues.</param>
/// <param name="ThreadPoolThreadCount">Threads in the thread pool.</param>
public sealed record ResourceUsage(
    DateTimeOffset Timestamp,
    double CpuUtilization,
    long WorkingSetBytes,
    long GcHeapBytes,
    long AvailableMemoryBytes,
    double GcPauseRatio,
    int GcCollections,
    long ThreadPoolQueueLength,
    int ThreadPoolThreadCount)
{
    /// <summary>Gets the working set over the memory the GC may use (0 to 1), or 0 when the limit is unknown.</summary>
    public double MemoryUtilization => AvailableMemoryBytes <= 0 ? 0 : (double)WorkingSetBytes / AvailableMemoryBytes;
}
