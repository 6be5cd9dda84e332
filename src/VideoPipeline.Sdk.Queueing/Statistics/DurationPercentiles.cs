namespace VideoPipeline.Sdk.Queueing;

/// <summary>Percentiles of a duration over the statistics window (<see cref="QueueOptions.StatisticsWindow"/>), from a
/// histogram whose buckets are at most 1/16 (about 6%) wide.</summary>
public readonly record struct DurationPercentiles
{
    /// <summary>Gets how many durations were measured in the window.</summary>
    public long Count { get; init; }

    /// <summary>Gets the median.</summary>
    public TimeSpan P50 { get; init; }

    /// <summary>Gets the 90th percentile.</summary>
    public TimeSpan P90 { get; init; }

    /// <summary>Gets the 99th percentile.</summary>
    public TimeSpan P99 { get; init; }

    /// <summary>Gets the longest.</summary>
    public TimeSpan Max { get; init; }
}
