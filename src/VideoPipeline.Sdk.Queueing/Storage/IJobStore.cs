namespace VideoPipeline.Sdk.Queueing;

/// <summary>
/// Where jobs live. The queue adds jobs, records every state change and removes final jobs after their retention; on start it
/// resumes the unfinished ones. The default keeps jobs in memory; a durable store (PostgreSQL, for several hosts) implements
/// the same contract without changing callers of <see cref="IJobQueue"/>. Implementations must be thread-safe.
/// </summary>
public interface IJobStore
{
    /// <summary>
    /// Adds jobs atomically: all or none. A job whose <see cref="JobOptions.IdempotencyKey"/> the store already has is not
    /// added; the job with that key is returned in its place.
    /// </summary>
    /// <param name="jobs">The new jobs.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>For each job, in order, the job now stored under its id or idempotency key.</returns>
    ValueTask<IReadOnlyList<JobEntry>> AddAsync(IReadOnlyList<JobEntry> jobs, CancellationToken cancellationToken);

    /// <summary>
    /// Adds one job, or returns the job the store already has with its idempotency key. The single-job form of
    /// <see cref="AddAsync(IReadOnlyList{JobEntry}, CancellationToken)"/>, on the hot path of every enqueue.
    /// </summary>
    /// <param name="job">The new job.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The job now stored under its id or idempotency key.</returns>
    ValueTask<JobEntry> AddAsync(JobEntry job, CancellationToken cancellationToken);

    /// <summary>Gets a job.</summary>
    /// <param name="jobId">The job.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The job, or <see langword="null"/> when the store does not have it.</returns>
    ValueTask<JobEntry?> GetAsync(JobId jobId, CancellationToken cancellationToken);

    /// <summary>Gets the job stored with an idempotency key.</summary>
    /// <param name="idempotencyKey">The key.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The job, or <see langword="null"/> when the store has no job with that key.</returns>
    ValueTask<JobEntry?> GetByIdempotencyKeyAsync(string idempotencyKey, CancellationToken cancellationToken);

    /// <summary>Records a job's new state: called after every state change, in order for each job.</summary>
    /// <param name="job">The job.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the state is recorded.</returns>
    ValueTask UpdateAsync(JobEntry job, CancellationToken cancellationToken);

    /// <summary>Removes a final job, and its idempotency key.</summary>
    /// <param name="job">The job.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the job is removed.</returns>
    ValueTask RemoveAsync(JobEntry job, CancellationToken cancellationToken);

    /// <summary>Lists the jobs that are not final, for a starting queue to resume, oldest first.</summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The unfinished jobs.</returns>
    IAsyncEnumerable<JobEntry> GetUnfinishedAsync(CancellationToken cancellationToken);
}
