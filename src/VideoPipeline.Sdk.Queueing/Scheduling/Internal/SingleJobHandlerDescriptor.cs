namespace VideoPipeline.Sdk.Queueing.Scheduling.Internal;

/// <summary>The descriptor of an <see cref="IJobHandler{TPayload}"/>.</summary>
internal sealed class SingleJobHandlerDescriptor<TPayload>(string jobType, IJobHandler<TPayload> handler)
    : JobHandlerDescriptor(jobType, typeof(TPayload), batchOptions: null)
{
    public override ValueTask<object?> InvokeAsync(JobEntry entry, CancellationToken cancellationToken) =>
        handler.HandleAsync(new JobContext<TPayload>(entry, (TPayload)entry.Payload), cancellationToken);

    public override ValueTask<IReadOnlyList<JobItemResult>> InvokeBatchAsync(IReadOnlyList<JobEntry> entries, CancellationToken cancellationToken) =>
        throw new InvalidOperationException($"The handler of '{JobType}' takes single jobs, not batches.");
}
