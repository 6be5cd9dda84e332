namespace VideoPipeline.Sdk.Queueing;

/// <summary>
/// The job queue: enqueue jobs and graphs of jobs, follow them, cancel them, and read live statistics. Jobs run in the
/// host's background once the queue's hosted service has started, within every budget of <see cref="QueueOptions"/>.
/// Thread-safe.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "It is a queue: the name the architecture and every job library use.")]
public interface IJobQueue
{
    /// <summary>
    /// Enqueues a job. With an <see cref="JobOptions.IdempotencyKey"/> already in the store, returns that job's id and adds
    /// nothing.
    /// </summary>
    /// <typeparam name="TPayload">The payload type; it must match the payload type of the handler of <paramref name="jobType"/>.</typeparam>
    /// <param name="jobType">The job type, which names its handler.</param>
    /// <param name="payload">The payload passed to the handler.</param>
    /// <param name="options">How the job is scheduled, or <see langword="null"/> for <see cref="JobOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the enqueue (not the job).</param>
    /// <returns>The job's id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="jobType"/> or <paramref name="payload"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">No handler is registered for <paramref name="jobType"/>, the payload type does not
    /// match it, a dependency is unknown or names a graph node, or the demand is larger than a budget; the message names the job.</exception>
    /// <exception cref="InvalidOperationException">The queue is shutting down.</exception>
    ValueTask<JobId> EnqueueAsync<TPayload>(string jobType, TPayload payload, JobOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Enqueues every node of a graph, or none: a cycle, an unknown dependency, an unknown job type or a demand larger than a
    /// budget rejects the whole graph with a message that names the node.
    /// </summary>
    /// <param name="graph">The graph.</param>
    /// <param name="cancellationToken">Cancels the enqueue (not the jobs).</param>
    /// <returns>The id of each node, by node name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The graph is empty or invalid; the message names the node.</exception>
    /// <exception cref="InvalidOperationException">The queue is shutting down.</exception>
    ValueTask<IReadOnlyDictionary<string, JobId>> EnqueueGraphAsync(JobGraph graph, CancellationToken cancellationToken = default);

    /// <summary>Gets a job as it is now.</summary>
    /// <param name="jobId">The job.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The job, or <see langword="null"/> when the store does not have it (never enqueued, or removed after its retention).</returns>
    ValueTask<JobSnapshot?> GetAsync(JobId jobId, CancellationToken cancellationToken = default);

    /// <summary>Waits until a job is final (succeeded, failed, cancelled or dead-lettered) and returns it.</summary>
    /// <param name="jobId">The job.</param>
    /// <param name="cancellationToken">Stops waiting (the job goes on).</param>
    /// <returns>The job in its final state.</returns>
    /// <exception cref="KeyNotFoundException">The store does not have the job.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    ValueTask<JobSnapshot> WaitForCompletionAsync(JobId jobId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Cancels a job that is not final: a waiting job becomes <see cref="JobState.Cancelled"/> at once; a running job sees its
    /// cancellation token cancelled and becomes cancelled when its handler returns (an item of a running batch becomes
    /// cancelled when the batch returns; the batch's token is not cancelled). Its dependents are cancelled unless their
    /// edge says <see cref="DependencyFailureBehavior.RunAnyway"/>.
    /// </summary>
    /// <param name="jobId">The job.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns><see langword="true"/> when the job was cancelled or will be; <see langword="false"/> when it was already final.</returns>
    /// <exception cref="KeyNotFoundException">The store does not have the job.</exception>
    ValueTask<bool> CancelAsync(JobId jobId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Streams every state change from now on, for a dashboard. Each reader has a buffer of
    /// <see cref="QueueOptions.StateChangeBufferSize"/> changes; a reader that falls further behind loses the oldest ones.
    /// </summary>
    /// <param name="cancellationToken">Ends the stream.</param>
    /// <returns>The changes, in the order they happened.</returns>
    IAsyncEnumerable<JobStateChange> WatchAsync(CancellationToken cancellationToken = default);

    /// <summary>Reads the queue's statistics without allocating, for a dashboard that polls.</summary>
    /// <returns>The statistics now.</returns>
    QueueStatistics GetStatistics();

    /// <summary>
    /// Copies the utilisation of every budget (global concurrency, memory, money per hour, each job type with a limit and each
    /// connection pool) into <paramref name="destination"/>, without allocating.
    /// </summary>
    /// <param name="destination">Where to copy; <see cref="QueueStatistics.BudgetCount"/> entries fit.</param>
    /// <returns>The number of entries copied: all of them, or as many as fit.</returns>
    int CopyBudgetUtilization(Span<BudgetUtilization> destination);
}
