using System.Collections.Concurrent;

namespace VideoPipeline.Sdk.Queueing.Tests;

/// <summary>Reads <see cref="IJobQueue.WatchAsync"/> from the moment it is created (the reader is registered before the
/// constructor returns) and keeps every change, for tests about the order in which jobs ran.</summary>
internal sealed class StateChangeRecorder : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly IAsyncEnumerator<JobStateChange> _changes;
    private readonly Task _pump;

    public StateChangeRecorder(IJobQueue queue)
    {
        _changes = queue.WatchAsync(_stop.Token).GetAsyncEnumerator();
        var first = _changes.MoveNextAsync();
        _pump = PumpAsync(first);
    }

    public ConcurrentQueue<JobStateChange> Changes { get; } = new();

    /// <summary>Gets the jobs in the order they started running (a job retried appears once per attempt).</summary>
    public JobId[] RunningOrder => [.. Changes.Where(change => change.State == JobState.Running).Select(change => change.JobId)];

    public JobStateChange[] Of(JobId id) => [.. Changes.Where(change => change.JobId == id)];

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _pump;
        }
        catch (OperationCanceledException)
        {
        }

        await _changes.DisposeAsync();
        _stop.Dispose();
    }

    private async Task PumpAsync(ValueTask<bool> first)
    {
        var next = first;
        while (await next)
        {
            Changes.Enqueue(_changes.Current);
            next = _changes.MoveNextAsync();
        }
    }
}
