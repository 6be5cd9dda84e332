namespace VideoPipeline.Sdk.Queueing.Scheduling.Internal;

/// <summary>The descriptor of an <see cref="IBatchJobHandler{TPayload}"/>.</summary>
internal sealed class BatchJobHandlerDescriptor<TPayload>(string jobType, IBatchJobHandler<TPayload> handler, JobBatchOptions options)
    : JobHandlerDescriptor(jobType, typeof(TPayload), options)
{
    public override ValueTask<object?> InvokeAsync(JobEntry entry, CancellationToken cancellationToken) =>
        throw new InvalidOperationException($"The handler of '{JobType}' takes batches, not single jobs.");

    public override ValueTask<IReadOnlyList<JobItemResult>> InvokeBatchAsync(IReadOnlyList<JobEntry> entries, CancellationToken cancellationToken)
    {
        var items = new JobContext<TPayload>[entries.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = new JobContext<TPayload>(entries[i], (TPayload)entries[i].Payload);
        }

        return handler.HandleBatchAsync(items, cancellationToken);
    }
}
