namespace VideoPipeline.Sdk.Queueing.Scheduling.Internal;

/// <summary>The ready jobs of one job type and batch key that wait to fill a batch. Guarded by the scheduler's lock.</summary>
internal sealed class BatchAccumulator(JobHandlerDescriptor handler, string? batchKey)
{
    public JobHandlerDescriptor Handler { get; } = handler;

    public string? BatchKey { get; } = batchKey;

    public List<JobEntry> Members { get; } = [];

    /// <summary>Gets or sets the megabytes the members declare together.</summary>
    public long MemoryMegabytes { get; set; }

    /// <summary>Gets or sets the US dollars the members are estimated at together.</summary>
    public decimal EstimatedCostUsd { get; set; }

    /// <summary>Gets or sets when the batch runs even if it is not full, in UTC ticks.</summary>
    public long DeadlineTicks { get; set; } = long.MaxValue;
}
