namespace VideoPipeline.Sdk.Monitoring;

/// <summary>
/// Tracks the progress of jobs made of weighted steps and sub-steps, estimates their remaining time as a P50/P90 band, and
/// streams their snapshots to subscribers. Thread-safe; every time comes from the registered <see cref="TimeProvider"/>.
/// </summary>
/// <remarks>
/// <para>
/// <b>Estimate.</b> Each step type has a duration prior learned from finished steps of that type: an exponentially
/// weighted mean and variance of the log-durations (smoothing <see cref="ProgressTrackingOptions.PriorSmoothing"/>), whose
/// median is the P50 and whose median times <c>exp(1.2816 σ)</c> is the P90. A type with no finished step yet uses
/// <see cref="ProgressTrackingOptions.DefaultStepDuration"/> with a P90 twice as long. A pending step needs its prior
/// (<c>D</c>); a running step at fraction <c>f</c> after <c>t</c> needs <c>(1 − f)·D</c> by the prior and
/// <c>t·(1 − f)/f</c> by its observed rate, blended with weight <c>f</c> on the observed rate:
/// <c>(1 − f)·((1 − f)·D + t)</c>; a running step that has reported no fraction yet needs <c>D + t</c>, so a step that
/// says nothing looks longer the longer it runs. Its P90 widens the P50 by the prior's P90/P50 ratio, narrowing as <c>f</c> grows. A step
/// with sub-steps needs what its unfinished sub-steps need, and the job what its unfinished steps need: steps are assumed to
/// run one after another, so the estimate of steps that run in parallel is pessimistic.
/// </para>
/// <para>
/// <b>No jumps.</b> Between two snapshots of a job taken <c>Δt</c> apart, each estimated completion time (P50 and P90) moves
/// by at most <c>max(1 s, 25% of the previous remaining time) × min(1, Δt / 1 s)</c>: the remaining time is the previous one
/// minus <c>Δt</c> (never below zero), corrected toward the new raw estimate by at most that much. It is never negative, the
/// P90 is never below the P50, and it is zero once the job is final.
/// </para>
/// <para>
/// <b>Retention.</b> A finished job stays readable for <see cref="ProgressTrackingOptions.FinishedJobRetention"/>, and only
/// the newest <see cref="ProgressTrackingOptions.MaxFinishedJobs"/> finished jobs are kept; then its id is unknown. Jobs
/// that never finish are kept until they do, at most <see cref="ProgressTrackingOptions.MaxActiveJobs"/> of them.
/// </para>
/// </remarks>
public interface IProgressTracker
{
    /// <summary>Starts tracking a job with its top-level steps, all pending.</summary>
    /// <param name="jobId">The job's id, for example the queue's job id. A finished job's id can be started again.</param>
    /// <param name="steps">The job's top-level steps, in order; at least one, with distinct names.</param>
    /// <returns>The handle through which the job's steps report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="jobId"/>, <paramref name="steps"/> or a step is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="jobId"/> is empty or white space, <paramref name="steps"/> is
    /// empty or two steps have the same name, or a job with this id is already running.</exception>
    /// <exception cref="InvalidOperationException"><see cref="ProgressTrackingOptions.MaxActiveJobs"/> jobs are being tracked
    /// and none has finished.</exception>
    IJobProgress StartJob(string jobId, IEnumerable<ProgressStepDefinition> steps);

    /// <summary>Gets a snapshot of a job as it is now.</summary>
    /// <param name="jobId">The job's id.</param>
    /// <returns>The snapshot, or <see langword="null"/> when the job is unknown (never started, or forgotten after its retention).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="jobId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="jobId"/> is empty or white space.</exception>
    JobProgress? GetProgress(string jobId);

    /// <summary>
    /// Follows a job: the first snapshot is the job as it is now (also for a late subscriber, and for a finished job), then
    /// one snapshot per change; the stream ends after the final snapshot. Each subscriber buffers
    /// <see cref="ProgressTrackingOptions.SubscriberBufferSize"/> snapshots; one that falls further behind loses the oldest,
    /// never the final one.
    /// </summary>
    /// <param name="jobId">The job's id.</param>
    /// <param name="cancellationToken">Ends the stream with an <see cref="OperationCanceledException"/>.</param>
    /// <returns>The job's snapshots, oldest first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="jobId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="jobId"/> is empty or white space.</exception>
    /// <exception cref="KeyNotFoundException">The job is unknown (never started, or forgotten after its retention); thrown
    /// by this call, before enumeration.</exception>
    IAsyncEnumerable<JobProgress> WatchAsync(string jobId, CancellationToken cancellationToken = default);
}
