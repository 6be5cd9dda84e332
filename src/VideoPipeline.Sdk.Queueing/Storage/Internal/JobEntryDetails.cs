namespace VideoPipeline.Sdk.Queueing.Storage.Internal;

/// <summary>
/// The parts of a <see cref="JobEntry"/> that most jobs never need: dependency links, waiters, batch members, history and
/// the reported cost. Allocated on first use, so a plain job costs one small object. Guarded by the scheduler's lock, except
/// the reported cost, which a handler writes under this object's lock.
/// </summary>
internal sealed class JobEntryDetails
{
    /// <summary>Gets or sets the jobs waiting for this one.</summary>
    public List<JobEntry>? Dependents { get; set; }

    /// <summary>Gets or sets the jobs this one waits for, in the order of <see cref="JobOptions.DependsOn"/>.</summary>
    public JobEntry[]? DependencyEntries { get; set; }

    /// <summary>Gets or sets the completion that <see cref="IJobQueue.WaitForCompletionAsync"/> callers wait on.</summary>
    public TaskCompletionSource<JobSnapshot>? Completion { get; set; }

    /// <summary>Gets or sets the other members of the batch this job leads.</summary>
    public List<JobEntry>? BatchMembers { get; set; }

    /// <summary>Gets or sets the recorded attempts.</summary>
    public List<JobAttempt>? Attempts { get; set; }

    /// <summary>Gets or sets why the job did not succeed.</summary>
    public JobError? Error { get; set; }

    /// <summary>Gets or sets the cost the handler reported.</summary>
    public Money ReportedCost { get; set; }

    /// <summary>Gets or sets a value indicating whether the handler reported a cost.</summary>
    public bool HasReportedCost { get; set; }

    /// <summary>Gets or sets when a scheduled retry is due, in UTC ticks.</summary>
    public long RetryDueTicks { get; set; }
}
