using System.Collections.Concurrent;

namespace VideoPipeline.Sdk.Queueing.Tests.TestHandlers;

/// <summary>Records every batch it gets (payloads in order) and answers with <see cref="Results"/>, by default one
/// upper-cased payload per item.</summary>
internal sealed class RecordingBatchHandler : IBatchJobHandler<string>
{
    public Func<IReadOnlyList<JobContext<string>>, IReadOnlyList<JobItemResult>> Results { get; set; } =
        items => [.. items.Select(item => JobItemResult.Success(item.Payload.ToUpperInvariant()))];

    public ConcurrentQueue<string[]> Batches { get; } = new();

    public ValueTask<IReadOnlyList<JobItemResult>> HandleBatchAsync(IReadOnlyList<JobContext<string>> items, CancellationToken cancellationToken)
    {
        Batches.Enqueue([.. items.Select(item => item.Payload)]);
        return ValueTask.FromResult(Results(items));
    }
}
