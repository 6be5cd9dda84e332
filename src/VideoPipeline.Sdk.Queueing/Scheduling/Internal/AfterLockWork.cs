namespace VideoPipeline.Sdk.Queueing.Scheduling.Internal;

/// <summary>
/// What the scheduler collects under its lock and does after releasing it: runners to queue, waiters to complete, entries to
/// record or remove in the store. One instance per thread, reused, so the hot path allocates nothing.
/// </summary>
internal sealed class AfterLockWork
{
    [ThreadStatic]
    private static AfterLockWork? t_current;

    public List<JobRunner> RunnersToStart { get; } = [];

    public List<JobEntry> Changed { get; } = [];

    public List<JobEntry> Removed { get; } = [];

    public List<(TaskCompletionSource<JobSnapshot> Waiter, JobSnapshot Snapshot)> Completions { get; } = [];

    public bool IsEmpty => RunnersToStart.Count == 0 && Changed.Count == 0 && Removed.Count == 0 && Completions.Count == 0;

    /// <summary>Takes this thread's instance; <see cref="Return"/> gives it back once its work is done.</summary>
    public static AfterLockWork Rent()
    {
        var work = t_current ?? new AfterLockWork();
        t_current = null;
        return work;
    }

    public static void Return(AfterLockWork work)
    {
        work.RunnersToStart.Clear();
        work.Changed.Clear();
        work.Removed.Clear();
        work.Completions.Clear();
        t_current = work;
    }
}
