namespace VideoPipeline.Sdk.Queueing;

/// <summary>A job moved from one state to another; <see cref="IJobQueue.WatchAsync"/> streams them to a dashboard.</summary>
public readonly record struct JobStateChange
{
    /// <summary>Gets the job.</summary>
    public required JobId JobId { get; init; }

    /// <summary>Gets the job type.</summary>
    public required string JobType { get; init; }

    /// <summary>Gets the priority lane of the job.</summary>
    public required JobPriority Priority { get; init; }

    /// <summary>Gets the state the job left, or <see langword="null"/> when it was just enqueued.</summary>
    public required JobState? PreviousState { get; init; }

    /// <summary>Gets the state the job entered.</summary>
    public required JobState State { get; init; }

    /// <summary>Gets when the change happened.</summary>
    public required DateTimeOffset Timestamp { get; init; }
}
