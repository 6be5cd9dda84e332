namespace VideoPipeline.Sdk.Queueing;

/// <summary>An immutable copy of a job at one moment, as <see cref="IJobQueue.GetAsync"/> and
/// <see cref="IJobQueue.WaitForCompletionAsync"/> return it.</summary>
public sealed class JobSnapshot
{
    internal JobSnapshot(JobEntry entry)
    {
        Id = entry.Id;
        JobType = entry.JobType;
        Payload = entry.Payload;
        Options = entry.Options;
        State = entry.State;
        AttemptCount = entry.AttemptCount;
        EnqueuedAt = entry.EnqueuedAt;
        StartedAt = entry.StartedAt;
        CompletedAt = entry.CompletedAt;
        Output = entry.Output;
        Error = entry.Error;
        Attempts = entry.Details?.Attempts is { Count: > 0 } attempts ? Array.AsReadOnly(attempts.ToArray()) : [];
        ActualCost = entry.ActualCost;
    }

    /// <summary>Gets the job's id.</summary>
    public JobId Id { get; }

    /// <summary>Gets the job type, which names its handler.</summary>
    public string JobType { get; }

    /// <summary>Gets the payload the job was enqueued with.</summary>
    public object Payload { get; }

    /// <summary>Gets the options the job was enqueued with; graph-node dependencies are resolved to job ids.</summary>
    public JobOptions Options { get; }

    /// <summary>Gets the priority lane of the job.</summary>
    public JobPriority Priority => Options.Priority;

    /// <summary>Gets the state of the job.</summary>
    public JobState State { get; }

    /// <summary>Gets how many times the handler has started.</summary>
    public int AttemptCount { get; }

    /// <summary>Gets when the job was enqueued.</summary>
    public DateTimeOffset EnqueuedAt { get; }

    /// <summary>Gets when the last attempt started, or <see langword="null"/> before the first.</summary>
    public DateTimeOffset? StartedAt { get; }

    /// <summary>Gets when the job reached its final state, or <see langword="null"/> before.</summary>
    public DateTimeOffset? CompletedAt { get; }

    /// <summary>Gets what the handler returned, when the job succeeded.</summary>
    public object? Output { get; }

    /// <summary>Gets why the job failed, was cancelled or was dead-lettered, or <see langword="null"/>.</summary>
    public JobError? Error { get; }

    /// <summary>Gets the failed attempts, oldest first, and the successful one if any; empty when every attempt succeeded
    /// at once (successful single attempts are not recorded, to keep the hot path free of allocations).</summary>
    public IReadOnlyList<JobAttempt> Attempts { get; }

    /// <summary>Gets the cost the handler reported, or the estimate when it reported none.</summary>
    public Money ActualCost { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{JobType} {Id} {State}";
}
