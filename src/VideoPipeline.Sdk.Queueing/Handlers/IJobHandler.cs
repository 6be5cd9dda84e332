namespace VideoPipeline.Sdk.Queueing;

/// <summary>
/// Runs jobs of one type, one at a time per call. Registered with <c>builder.AddJobHandler&lt;TPayload, THandler&gt;(jobType)</c>
/// as a singleton: it is called concurrently, up to the queue's budgets.
/// </summary>
/// <typeparam name="TPayload">The payload type of the jobs.</typeparam>
public interface IJobHandler<TPayload>
{
    /// <summary>
    /// Runs one job. Return its result (or <see langword="null"/>); dependents read it through
    /// <see cref="JobContext{TPayload}.Dependencies"/>. Throw to fail the attempt: the queue's retry filter decides whether
    /// the error is transient and the job is retried, or final.
    /// </summary>
    /// <param name="context">The job: payload, attempt number, results of its dependencies.</param>
    /// <param name="cancellationToken">Cancelled when the job is cancelled, times out or the host stops.</param>
    /// <returns>The result of the job.</returns>
    ValueTask<object?> HandleAsync(JobContext<TPayload> context, CancellationToken cancellationToken);
}
