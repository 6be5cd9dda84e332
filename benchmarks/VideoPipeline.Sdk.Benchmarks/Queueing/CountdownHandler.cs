using VideoPipeline.Sdk.Queueing;

namespace VideoPipeline.Sdk.Benchmarks.Queueing;

/// <summary>A no-op handler that counts the jobs it ran and completes <see cref="Done"/> when it reaches the target.</summary>
public sealed class CountdownHandler : IJobHandler<int>
{
    private long _remaining;
    private TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Done => _done.Task;

    public void Reset(long target)
    {
        _done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref _remaining, target);
    }

    public ValueTask<object?> HandleAsync(JobContext<int> context, CancellationToken cancellationToken)
    {
        if (Interlocked.Decrement(ref _remaining) == 0)
        {
            _done.TrySetResult();
        }

        return default;
    }
}
