namespace VideoPipeline.Sdk.Monitoring;

/// <summary>
/// An immutable snapshot of a tracked job: overall fraction, status, estimate of the remaining time as a P50/P90 band,
/// cost, and every step. Returned by <see cref="IProgressTracker.GetProgress"/> and streamed by
/// <see cref="IProgressTracker.WatchAsync"/>.
/// </summary>
public sealed record JobProgress
{
    /// <summary>Gets the job's id.</summary>
    public required string JobId { get; init; }

    /// <summary>
    /// Gets the job's version: it grows by one with every change to the job (a report, a cost, a status), so a reader can
    /// tell a newer snapshot from an older one.
    /// </summary>
    public long Version { get; init; }

    /// <summary>Gets when the snapshot was taken, by the tracker's <see cref="TimeProvider"/>.</summary>
    public DateTimeOffset Timestamp { get; init; }

    /// <summary>Gets the job's status: <see cref="ProgressStatus.Running"/> until it succeeded, failed or was cancelled.</summary>
    public ProgressStatus Status { get; init; }

    /// <summary>Gets a value indicating whether the job is final (succeeded, failed or cancelled): no snapshot follows.</summary>
    public bool IsFinished => Status is ProgressStatus.Succeeded or ProgressStatus.Failed or ProgressStatus.Cancelled;

    /// <summary>
    /// Gets how much of the job is done, from 0 to 1: the weighted mean of its steps' fractions. It never decreases, also
    /// when a step reports a lower fraction or a sub-step is added late; it is 1 once the job succeeded.
    /// </summary>
    public double Fraction { get; init; }

    /// <summary>Gets when the job was started with <see cref="IProgressTracker.StartJob"/>.</summary>
    public DateTimeOffset StartedAt { get; init; }

    /// <summary>Gets when the job reached a final status, or <see langword="null"/> while it runs.</summary>
    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>Gets how long the job has run: until now while it runs, until it finished once it is final.</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>
    /// Gets the median (P50) estimate of the time the job still needs; zero once it is final. See
    /// <see cref="IProgressTracker"/> for how it is estimated and how much it may move between snapshots.
    /// </summary>
    public TimeSpan RemainingP50 { get; init; }

    /// <summary>Gets the pessimistic (P90) estimate of the time the job still needs; never below <see cref="RemainingP50"/>.</summary>
    public TimeSpan RemainingP90 { get; init; }

    /// <summary>Gets the median estimate of when the job finishes: <see cref="Timestamp"/> plus <see cref="RemainingP50"/>.</summary>
    public DateTimeOffset EstimatedCompletionP50 => Timestamp + RemainingP50;

    /// <summary>Gets the pessimistic estimate of when the job finishes: <see cref="Timestamp"/> plus <see cref="RemainingP90"/>.</summary>
    public DateTimeOffset EstimatedCompletionP90 => Timestamp + RemainingP90;

    /// <summary>Gets the money spent on the job so far, over every step.</summary>
    public Money Cost { get; init; }

    /// <summary>Gets the job's steps, in the order they were declared.</summary>
    public IReadOnlyList<StepProgress> Steps { get; init; } = [];

    /// <summary>Gets the error of the step that failed the job, or <see langword="null"/> when no step failed.</summary>
    public ProgressError? Error { get; init; }
}
