using System.Collections.Concurrent;

namespace VideoPipeline.Sdk.Queueing.Tests.TestHandlers;

/// <summary>Holds every batch until released, then returns each payload; records, per payload, whether the item's own
/// token had been cancelled by then.</summary>
internal sealed class GatedBatchHandler : IBatchJobHandler<string>
{
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ConcurrentDictionary<string, bool> ItemTokenCancelled { get; } = new(StringComparer.Ordinal);

    public Task Started => _started.Task;

    public void Release() => _release.TrySetResult();

    public async ValueTask<IReadOnlyList<JobItemResult>> HandleBatchAsync(IReadOnlyList<JobContext<string>> items, CancellationToken cancellationToken)
    {
        _started.TrySetResult();
        await _release.Task;
        foreach (var item in items)
        {
            ItemTokenCancelled[item.Payload] = item.CancellationToken.IsCancellationRequested;
        }

        return [.. items.Select(item => JobItemResult.Success(item.Payload))];
    }
}
