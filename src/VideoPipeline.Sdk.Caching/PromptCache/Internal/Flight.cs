namespace VideoPipeline.Sdk.Caching.PromptCache.Internal;

/// <summary>
/// One generation in progress, shared by every caller that missed the same key (single flight). The generation runs with
/// its own token, cancelled only when the last waiter leaves before it completes; a flight abandoned that way accepts no
/// new waiters, so a caller that arrives later starts a new one.
/// </summary>
/// <remarks>Joining and leaving take a lock on the flight: both happen once per caller on the miss path only.</remarks>
internal sealed class Flight : IDisposable
{
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _cancellation = new();
    private readonly TaskCompletionSource<PromptCacheResult> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _waiters;
    private bool _abandoned;

    public CancellationToken Token => _cancellation.Token;

    public Task<PromptCacheResult> Task => _completion.Task;

    /// <summary>Adds a waiter; returns <see langword="false"/> when the flight was abandoned.</summary>
    public bool TryJoin()
    {
        lock (_gate)
        {
            if (_abandoned)
            {
                return false;
            }

            _waiters++;
            return true;
        }
    }

    /// <summary>Removes a waiter; when it was the last and the generation is still running, cancels the generation.</summary>
    public void Leave()
    {
        lock (_gate)
        {
            _waiters--;
            if (_waiters > 0 || _completion.Task.IsCompleted)
            {
                return;
            }

            _abandoned = true;
        }

        try
        {
            _cancellation.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The generation completed and the flight was disposed between the check and the cancellation: nothing to cancel.
        }
    }

    public void Complete(PromptCacheResult result) => _completion.TrySetResult(result);

    public void Fail(Exception exception)
    {
        if (exception is OperationCanceledException && _cancellation.IsCancellationRequested)
        {
            _completion.TrySetCanceled(_cancellation.Token);
        }
        else
        {
            _completion.TrySetException(exception);
        }
    }

    public void Dispose() => _cancellation.Dispose();
}
