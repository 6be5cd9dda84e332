namespace VideoPipeline.Sdk.Queueing.Scheduling.Internal;

/// <summary>
/// Runs jobs on the thread pool, one at a time: after each job it asks the scheduler for the next one and runs it on the same
/// thread, so a busy queue hands work over without a queue hop, and an idle runner waits in the scheduler's pool. Queued to
/// the thread pool as an <see cref="IThreadPoolWorkItem"/>, so starting it allocates nothing. After 64 jobs in a row it
/// yields its thread. A runner whose job was timed out or shut down while its handler ignored the token is abandoned: its
/// <see cref="Generation"/> moves on and whatever the handler returns later is dropped.
/// </summary>
internal sealed class JobRunner(JobScheduler scheduler) : IThreadPoolWorkItem, IDisposable
{
    private const int JobsPerTurn = 64;
    private CancellationTokenSource _cancellation = new();

    /// <summary>Gets or sets the job (or batch leader) being run.</summary>
    public JobEntry? Current { get; set; }

    /// <summary>Gets or sets the generation: each job run gets a new one, and abandoning the runner moves it on too.</summary>
    public int Generation { get; set; }

    /// <summary>Gets or sets when the running attempt times out, in UTC ticks, or <see cref="long.MaxValue"/>.</summary>
    public long DeadlineTicks { get; set; } = long.MaxValue;

    /// <summary>Gets or sets the attempt's timeout, for the error message.</summary>
    public TimeSpan Timeout { get; set; }

    /// <summary>Gets or sets the position in the scheduler's list of busy runners.</summary>
    public int BusyIndex { get; set; } = -1;

    public CancellationToken CancellationToken => _cancellation.Token;

    /// <summary>
    /// Cancels the running attempt's token. The token turns cancelled at once, but its callbacks (and with them the
    /// handler's continuation, and through it the runner's next job) run on the thread pool: never on the caller, which
    /// holds the scheduler's lock and may be a caller of <see cref="IJobQueue.CancelAsync"/>.
    /// </summary>
    public void Cancel()
    {
        var cancelling = _cancellation.CancelAsync();
        if (!cancelling.IsCompleted)
        {
            _ = ObserveCallbacksAsync(cancelling);
        }
    }

    /// <summary>Makes the token reusable for the next job: reset when it was not cancelled, replaced when it was (not
    /// disposed: its callbacks may still be running on the thread pool).</summary>
    public void ResetToken()
    {
        if (!_cancellation.TryReset())
        {
            _cancellation = new CancellationTokenSource();
        }
    }

    public void Dispose() => _cancellation.Dispose();

    public void Execute()
    {
        for (var turn = 0; turn < JobsPerTurn; turn++)
        {
            if (!RunCurrent())
            {
                return;
            }
        }

        ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
    }

    /// <summary>Runs the current job; returns <see langword="true"/> when the scheduler gave the runner another job to run now.</summary>
    private bool RunCurrent()
    {
        var generation = Generation;
        if (Current is not { } entry)
        {
            // Abandoned (timed out or shut down) before the thread pool ran it.
            return false;
        }

        var handler = entry.Handler!;
        if (handler.IsBatch)
        {
            var members = scheduler.GetBatch(entry);
            IReadOnlyList<JobItemResult>? results = null;
            Exception? batchError = null;
            try
            {
                var pending = handler.InvokeBatchAsync(members, CancellationToken);
                if (!pending.IsCompleted)
                {
                    _ = AwaitBatchAsync(pending, members, generation);
                    return false;
                }

                results = pending.GetAwaiter().GetResult();
            }
            catch (Exception exception)
            {
                batchError = exception;
            }

            return scheduler.CompleteBatch(this, generation, members, results, batchError);
        }

        object? result = null;
        Exception? error = null;
        try
        {
            var pending = handler.InvokeAsync(entry, CancellationToken);
            if (!pending.IsCompleted)
            {
                _ = AwaitAsync(pending, generation);
                return false;
            }

            result = pending.GetAwaiter().GetResult();
        }
        catch (Exception exception)
        {
            error = exception;
        }

        return scheduler.Complete(this, generation, result, error);
    }

    private static async Task ObserveCallbacksAsync(Task cancelling)
    {
        try
        {
            await cancelling.ConfigureAwait(false);
        }
        catch (Exception)
        {
            // A handler's cancellation callback threw; the token is cancelled regardless.
        }
    }

    private async Task AwaitAsync(ValueTask<object?> pending, int generation)
    {
        object? result = null;
        Exception? error = null;
        try
        {
            result = await pending.ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            error = exception;
        }

        if (scheduler.Complete(this, generation, result, error))
        {
            Execute();
        }
    }

    private async Task AwaitBatchAsync(ValueTask<IReadOnlyList<JobItemResult>> pending, List<JobEntry> members, int generation)
    {
        IReadOnlyList<JobItemResult>? results = null;
        Exception? error = null;
        try
        {
            results = await pending.ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            error = exception;
        }

        if (scheduler.CompleteBatch(this, generation, members, results, error))
        {
            Execute();
        }
    }
}
