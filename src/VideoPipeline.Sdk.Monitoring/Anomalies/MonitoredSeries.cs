namespace VideoPipeline.Sdk.Monitoring;

/// <summary>
/// The names of the series the monitor feeds to its detectors on every sample: the keys of
/// <see cref="AnomalyDetectionOptions.Trends"/> and the <c>series</c> label of the alerts it raises.
/// </summary>
public static class MonitoredSeries
{
    /// <summary>The process's CPU utilization (0 to 1, where 1 is every core busy); component <c>process</c>.</summary>
    public const string CpuUtilization = "process.cpu.utilization";

    /// <summary>The working set over the memory the GC may use (0 to 1); component <c>process</c>.</summary>
    public const string MemoryUtilization = "process.memory.utilization";

    /// <summary>The share of wall time the GC paused the process (0 to 1); component <c>process</c>.</summary>
    public const string GcPauseRatio = "process.gc.pause_ratio";

    /// <summary>Work items waiting in the thread pool's queues; component <c>process</c>.</summary>
    public const string ThreadPoolQueueLength = "process.thread_pool.queue_length";

    /// <summary>The 95th percentile of an endpoint's call duration in seconds over the shortest snapshot window; component is the endpoint.</summary>
    public const string ApiLatencyP95 = "api.latency.p95";

    /// <summary>The share of an endpoint's calls that failed over the shortest snapshot window (0 to 1); component is the endpoint.</summary>
    public const string ApiErrorRate = "api.error_rate";

    /// <summary>Gets every monitored series name.</summary>
    internal static IReadOnlyList<string> All { get; } =
        [CpuUtilization, MemoryUtilization, GcPauseRatio, ThreadPoolQueueLength, ApiLatencyP95, ApiErrorRate];
}
