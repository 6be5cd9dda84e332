namespace VideoPipeline.Sdk.Queueing;

/// <summary>
/// Runs jobs of one type in batches: jobs with the same <see cref="JobOptions.BatchKey"/> are grouped up to the batch's
/// maximum size or maximum wait. Registered with <c>builder.AddBatchJobHandler&lt;TPayload, THandler&gt;(jobType)</c> as a
/// singleton.
/// </summary>
/// <typeparam name="TPayload">The payload type of the jobs.</typeparam>
public interface IBatchJobHandler<TPayload>
{
    /// <summary>
    /// Runs a batch and returns one result per item, in the order of <paramref name="items"/>, so that one bad item fails
    /// only itself. Throwing fails every item of the batch.
    /// </summary>
    /// <param name="items">The jobs of the batch, at least one.</param>
    /// <param name="cancellationToken">Cancelled when the host stops or the batch times out; every item's
    /// <see cref="JobContext{TPayload}.CancellationToken"/> is this token. Cancelling one item with
    /// <see cref="IJobQueue.CancelAsync"/> does not cancel the running batch: the item ends cancelled when the batch
    /// returns, whatever its result.</param>
    /// <returns>One result per item.</returns>
    ValueTask<IReadOnlyList<JobItemResult>> HandleBatchAsync(IReadOnlyList<JobContext<TPayload>> items, CancellationToken cancellationToken);
}
