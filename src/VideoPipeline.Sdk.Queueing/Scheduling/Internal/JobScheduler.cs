using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using VideoPipeline.Sdk.Queueing.Diagnostics.Internal;
using VideoPipeline.Sdk.Queueing.Jobs.Internal;
using VideoPipeline.Sdk.Queueing.Statistics.Internal;
using VideoPipeline.Sdk.Queueing.Storage.Internal;

namespace VideoPipeline.Sdk.Queueing.Scheduling.Internal;

/// <summary>
/// Decides which job runs next and when. All scheduling state (priority lanes, budgets and their wait lists, dependency
/// links, retry and batch timers, statistics) is guarded by one lock held for short, allocation-free critical sections;
/// anything slow (handlers, the store, waking waiters) runs after the lock is released.
/// <list type="bullet">
/// <item>A ready job goes to its priority lane. The next job is the best lane head by effective priority (a non-urgent job
/// rises one level per <see cref="QueueOptions.AgeingInterval"/> waited, up to high), then by age.</item>
/// <item>A job is admitted only when its job-type slot, connection-pool slot, memory and money-per-hour budgets all have room.
/// A job that does not fit waits in the wait list of the first budget that blocks it and is reconsidered only when that
/// budget has room, so waiting costs nothing. A job does not overtake better jobs that wait for the same memory or money.</item>
/// <item>Runners (<see cref="JobRunner"/>) run jobs; a runner that finishes a job takes the next one itself.</item>
/// <item>One <see cref="ITimer"/> wakes the scheduler for the earliest retry, batch deadline, attempt timeout or money-window expiry.</item>
/// </list>
/// </summary>
internal sealed partial class JobScheduler : IDisposable
{
    private const int LaneCount = 4;
    private const int StateCount = 4;

    /// <summary>The longest the timer is armed for: <see cref="ITimer.Change"/> takes at most 4294967294 ms (about 49.7 days).</summary>
    private static readonly long MaxTimerDelayTicks = TimeSpan.FromDays(30).Ticks;

    private readonly Lock _gate = new();
    private readonly QueueOptions _options;
    private readonly TimeProvider _time;
    private readonly IJobStore _store;
    private readonly QueueMetrics _metrics;
    private readonly StateChangeBroadcaster _changes;
    private readonly ILogger _logger;
    private readonly Random _random;
    private readonly ITimer _timer;
    private readonly JobLanes _ready = new();
    private readonly Dictionary<JobId, JobEntry> _live = [];
    private readonly Dictionary<string, JobHandlerDescriptor> _handlers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SlotBudget> _pools = new(StringComparer.Ordinal);
    private readonly List<Budget> _budgets = [];
    private readonly List<Budget> _budgetsWithWaiters = [];
    private readonly MemoryBudget? _memory;
    private readonly CostBudget? _cost;
    private readonly Stack<JobRunner> _idleRunners = new();
    private readonly List<JobRunner> _busyRunners = [];
    private readonly PriorityQueue<JobEntry, long> _retries = new();
    private readonly Dictionary<(JobHandlerDescriptor Handler, string? Key), BatchAccumulator> _batches = [];
    private readonly Queue<JobEntry> _retained = new();
    private readonly long[,] _depth = new long[StateCount, LaneCount];
    private readonly WindowedHistogram _waitTimes;
    private readonly WindowedHistogram _runTimes;
    private readonly WindowedCounter _finals;
    private readonly WindowedCounter _successes;
    private readonly WindowedCounter _attempts;
    private readonly WindowedCounter _retryCounter;
    private readonly long _ageingTicks;
    private readonly long _startTicks;
    private long _totalEnqueued;
    private long _totalSucceeded;
    private long _totalFailed;
    private long _totalCancelled;
    private long _totalDeadLettered;
    private long _totalRetries;
    private int _running;
    private long _timerDueTicks = long.MaxValue;
    private bool _started;
    private bool _stopping;
    private bool _disposed;
    private TaskCompletionSource? _drained;

    public JobScheduler(
        QueueOptions options,
        IEnumerable<JobHandlerDescriptor> handlers,
        IJobStore store,
        QueueMetrics metrics,
        TimeProvider timeProvider,
        ILogger logger,
        Random random)
    {
        _options = options;
        _store = store;
        _metrics = metrics;
        _time = timeProvider;
        _logger = logger;
        _random = random;
        _changes = new StateChangeBroadcaster(options.StateChangeBufferSize);
        _ageingTicks = options.AgeingInterval.Ticks;
        _waitTimes = new WindowedHistogram(options.StatisticsWindow);
        _runTimes = new WindowedHistogram(options.StatisticsWindow);
        _finals = new WindowedCounter(options.StatisticsWindow);
        _successes = new WindowedCounter(options.StatisticsWindow);
        _attempts = new WindowedCounter(options.StatisticsWindow);
        _retryCounter = new WindowedCounter(options.StatisticsWindow);
        _startTicks = timeProvider.GetUtcNow().UtcTicks;

        foreach (var handler in handlers)
        {
            _handlers.Add(handler.JobType, handler);
            if (options.MaxConcurrencyPerJobType.TryGetValue(handler.JobType, out var limit))
            {
                handler.TypeBudget = new SlotBudget(BudgetKind.JobTypeConcurrency, handler.JobType, limit);
                _budgets.Add(handler.TypeBudget);
            }
        }

        foreach (var (name, size) in options.ConnectionPools)
        {
            var pool = new SlotBudget(BudgetKind.ConnectionPool, name, size);
            _pools.Add(name, pool);
            _budgets.Add(pool);
        }

        if (options.MemoryBudgetMegabytes is { } memory)
        {
            _memory = new MemoryBudget(memory);
            _budgets.Add(_memory);
        }

        if (options.CostPerHourBudgetUsd is { } cost)
        {
            _cost = new CostBudget(cost);
            _budgets.Add(_cost);
        }

        _timer = timeProvider.CreateTimer(static state => ((JobScheduler)state!).OnTimer(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        metrics.Observe(ObserveDepth, ObserveUtilization);
    }

    public StateChangeBroadcaster Changes => _changes;

    public TimeProvider TimeProvider => _time;

    public long NowTicks => _time.GetUtcNow().UtcTicks;

    /// <summary>Gets a value indicating whether the scheduler no longer takes jobs.</summary>
    public bool IsStopping => Volatile.Read(ref _stopping);

    /// <summary>Finds the connection pool a job names, or <see langword="null"/> when none is configured under that name.</summary>
    public bool TryGetPool(string name, out SlotBudget? pool)
    {
        var found = _pools.TryGetValue(name, out var budget);
        pool = budget;
        return found;
    }

    /// <summary>Returns the live entry of a job that is not final, or <see langword="null"/>.</summary>
    public JobEntry? FindLive(JobId id)
    {
        lock (_gate)
        {
            return _live.GetValueOrDefault(id);
        }
    }

    /// <summary>
    /// Takes new jobs, in dependency order, with the entries of their dependencies (live or final) resolved by the caller.
    /// Returns <see langword="false"/> when the scheduler is stopping and took nothing.
    /// </summary>
    public bool Register(ReadOnlySpan<JobEntry> entries, ReadOnlySpan<JobEntry[]?> dependencies)
    {
        var work = AfterLockWork.Rent();
        try
        {
            lock (_gate)
            {
                if (_stopping)
                {
                    return false;
                }

                var now = NowTicks;
                for (var i = 0; i < entries.Length; i++)
                {
                    RegisterLocked(entries[i], dependencies[i], now, work, restored: false);
                }

                DispatchLocked(now, work);
            }

            Flush(work);
            return true;
        }
        finally
        {
            AfterLockWork.Return(work);
        }
    }

    /// <summary>Resumes unfinished jobs of the store that this scheduler does not run yet, and starts dispatching.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var restored = new List<JobEntry>();
        await foreach (var entry in _store.GetUnfinishedAsync(cancellationToken).ConfigureAwait(false))
        {
            restored.Add(entry);
        }

        foreach (var entry in restored)
        {
            if (FindLive(entry.Id) is null)
            {
                BindToThisHost(entry);
            }
        }

        var restoredById = restored.ToDictionary(entry => entry.Id);
        var dependencies = new JobEntry[restored.Count][];
        for (var i = 0; i < restored.Count; i++)
        {
            var dependsOn = restored[i].Options.DependsOn;
            if (dependsOn.Count == 0)
            {
                continue;
            }

            dependencies[i] = new JobEntry[dependsOn.Count];
            for (var d = 0; d < dependsOn.Count; d++)
            {
                dependencies[i][d] = FindLive(dependsOn[d].JobId)
                    ?? await _store.GetAsync(dependsOn[d].JobId, cancellationToken).ConfigureAwait(false)
                    ?? restoredById.GetValueOrDefault(dependsOn[d].JobId)
                    ?? throw new InvalidOperationException($"Stored job {restored[i].Id} ('{restored[i].JobType}') depends on job {dependsOn[d].JobId}, which the store no longer has.");
            }
        }

        var work = AfterLockWork.Rent();
        try
        {
            lock (_gate)
            {
                var now = NowTicks;
                // Reset every job to resume before registering any, so that a dependency listed after its dependent
                // keeps the dependent's link.
                var toRegister = new bool[restored.Count];
                for (var i = 0; i < restored.Count; i++)
                {
                    if (!_live.ContainsKey(restored[i].Id))
                    {
                        toRegister[i] = true;
                        ResetForRestore(restored[i]);
                    }
                }

                for (var i = 0; i < restored.Count; i++)
                {
                    if (toRegister[i])
                    {
                        RegisterLocked(restored[i], dependencies[i], now, work, restored: true);
                    }
                }

                _started = true;
                DispatchLocked(now, work);
            }

            Flush(work);
        }
        finally
        {
            AfterLockWork.Return(work);
        }

        if (restored.Count > 0)
        {
            Log.Resumed(_logger, restored.Count);
        }
    }

    /// <summary>
    /// Stops taking and starting jobs, waits for running ones up to <see cref="QueueOptions.ShutdownTimeout"/>, then cancels
    /// the rest and puts them back to pending. Waiting, blocked and scheduled jobs stay in the store as they are.
    /// </summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        Task drained;
        lock (_gate)
        {
            _stopping = true;
            _timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            _timerDueTicks = long.MaxValue;
            if (_running == 0)
            {
                return;
            }

            _drained ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            drained = _drained.Task;
        }

        try
        {
            await drained.WaitAsync(_options.ShutdownTimeout, _time, cancellationToken).ConfigureAwait(false);
            return;
        }
        catch (TimeoutException)
        {
        }
        catch (OperationCanceledException)
        {
        }

        var work = AfterLockWork.Rent();
        try
        {
            int abandoned;
            lock (_gate)
            {
                abandoned = _busyRunners.Count;
                var now = NowTicks;
                for (var i = _busyRunners.Count - 1; i >= 0; i--)
                {
                    var runner = _busyRunners[i];
                    var entry = runner.Current!;
                    AbandonLocked(runner, now);
                    foreach (var member in BatchOf(entry))
                    {
                        member.AttemptCount--;
                        SetStateLocked(member, JobState.Pending, now, work);
                    }
                }
            }

            Flush(work);
            Log.ShutdownCancelledJobs(_logger, abandoned, _options.ShutdownTimeout);
        }
        finally
        {
            AfterLockWork.Return(work);
        }
    }

    /// <summary>Asks a job that is not final to stop; returns <see langword="false"/> when it is already final.</summary>
    public bool Cancel(JobEntry entry)
    {
        var work = AfterLockWork.Rent();
        try
        {
            lock (_gate)
            {
                if (entry.State.IsFinal() || entry.CancelRequested)
                {
                    return !entry.State.IsFinal();
                }

                var now = NowTicks;
                CancelLocked(entry, new JobError(typeof(OperationCanceledException).FullName!, "The job was cancelled."), now, work);
                DispatchLocked(now, work);
            }

            Flush(work);
            return true;
        }
        finally
        {
            AfterLockWork.Return(work);
        }
    }

    /// <summary>Returns a task that completes with the job's final snapshot.</summary>
    public Task<JobSnapshot> WhenFinal(JobEntry entry)
    {
        lock (_gate)
        {
            if (entry.State.IsFinal())
            {
                return Task.FromResult(new JobSnapshot(entry));
            }

            var details = entry.EnsureDetails();
            details.Completion ??= new TaskCompletionSource<JobSnapshot>(TaskCreationOptions.RunContinuationsAsynchronously);
            return details.Completion.Task;
        }
    }

    /// <summary>Takes a consistent copy of a job.</summary>
    public JobSnapshot Snapshot(JobEntry entry)
    {
        lock (_gate)
        {
            return new JobSnapshot(entry);
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _stopping = true;
            foreach (var runner in _idleRunners)
            {
                runner.Dispose();
            }

            _idleRunners.Clear();
        }

        _timer.Dispose();
    }

    /// <summary>Returns the jobs of the batch a runner runs: the leader first, then the other members.</summary>
    internal List<JobEntry> GetBatch(JobEntry leader)
    {
        lock (_gate)
        {
            return [.. BatchOf(leader)];
        }
    }

    /// <summary>
    /// Records the outcome of a runner's job and gives it the next one. Returns <see langword="true"/> when the runner has a
    /// next job to run now, <see langword="false"/> when it went idle or was abandoned.
    /// </summary>
    internal bool Complete(JobRunner runner, int generation, object? result, Exception? error)
    {
        var work = AfterLockWork.Rent();
        try
        {
            bool hasNext;
            lock (_gate)
            {
                if (runner.Generation != generation || runner.Current is not { } entry)
                {
                    return false;
                }

                var now = NowTicks;
                ReleaseLocked(runner, entry, now);
                FinishAttemptLocked(entry, result, error, timedOut: null, now, work);
                hasNext = NextForRunnerLocked(runner, now, work);
            }

            Flush(work);
            return hasNext;
        }
        finally
        {
            AfterLockWork.Return(work);
        }
    }

    /// <summary>Records the outcome of a batch: one result per member, or one error for all.</summary>
    internal bool CompleteBatch(JobRunner runner, int generation, List<JobEntry> members, IReadOnlyList<JobItemResult>? results, Exception? error)
    {
        var work = AfterLockWork.Rent();
        try
        {
            bool hasNext;
            lock (_gate)
            {
                if (runner.Generation != generation || runner.Current is null)
                {
                    return false;
                }

                var now = NowTicks;
                if (error is null && (results is null || results.Count != members.Count))
                {
                    error = new InvalidOperationException(
                        $"The batch handler of '{members[0].JobType}' returned {results?.Count ?? 0} results for {members.Count} jobs; it must return one per job.");
                }

                ReleaseLocked(runner, members[0], now);
                for (var i = 0; i < members.Count; i++)
                {
                    var member = members[i];
                    var item = error is null ? results![i] : JobItemResult.Failure(error);
                    FinishAttemptLocked(member, item.Value, item.Exception, timedOut: null, now, work);
                }

                hasNext = NextForRunnerLocked(runner, now, work);
            }

            Flush(work);
            return hasNext;
        }
        finally
        {
            AfterLockWork.Return(work);
        }
    }

    private static IEnumerable<JobEntry> BatchOf(JobEntry leader)
    {
        yield return leader;
        if (leader.Details?.BatchMembers is { } members)
        {
            foreach (var member in members)
            {
                yield return member;
            }
        }
    }

    /// <summary>
    /// Points a stored job at this host's handler and connection pool: the store may hold jobs that another queue (an
    /// earlier host sharing the store, or another process) created with its own.
    /// </summary>
    /// <exception cref="InvalidOperationException">This host has no handler for the job's type, or no pool it names.</exception>
    private void BindToThisHost(JobEntry entry)
    {
        if (!_handlers.TryGetValue(entry.JobType, out var handler))
        {
            throw new InvalidOperationException(
                $"Stored job {entry.Id} has job type '{entry.JobType}', which has no handler on this host. Register one with builder.AddJobHandler<TPayload, THandler>(\"{entry.JobType}\"), or remove the job from the store.");
        }

        entry.Handler = handler;
        if (entry.Options.Demand.ConnectionPool is { } poolName)
        {
            if (!_pools.TryGetValue(poolName, out var pool))
            {
                throw new InvalidOperationException(
                    $"Stored job {entry.Id} ('{entry.JobType}') needs a connection from pool '{poolName}', which is not configured in QueueOptions.ConnectionPools on this host.");
            }

            entry.Pool = pool;
        }
    }

    private static void ResetForRestore(JobEntry entry)
    {
        entry.NextInLane = null;
        entry.Runner = null;
        entry.PendingDependencies = 0;
        entry.CancelRequested = false;
        if (entry.Details is { } details)
        {
            details.Dependents = null;
            details.BatchMembers = null;
        }
    }

    private void OnTimer()
    {
        var work = AfterLockWork.Rent();
        try
        {
            lock (_gate)
            {
                if (_disposed || _stopping)
                {
                    return;
                }

                _timerDueTicks = long.MaxValue;
                var now = NowTicks;
                ReleaseDueRetriesLocked(now, work);
                CloseDueBatchesLocked(now, work);
                TimeOutRunnersLocked(now, work);
                TrimRetainedLocked(now, work);
                DispatchLocked(now, work);
                ArmNextLocked(now);
            }

            Flush(work);
        }
        finally
        {
            AfterLockWork.Return(work);
        }
    }

    private void Flush(AfterLockWork work)
    {
        if (work.IsEmpty)
        {
            return;
        }

        foreach (var runner in work.RunnersToStart)
        {
            ThreadPool.UnsafeQueueUserWorkItem(runner, preferLocal: false);
        }

        foreach (var (waiter, snapshot) in work.Completions)
        {
            waiter.TrySetResult(snapshot);
        }

        foreach (var entry in work.Changed)
        {
            var update = _store.UpdateAsync(entry, CancellationToken.None);
            if (!update.IsCompletedSuccessfully)
            {
                _ = ObserveStoreFailureAsync(update, entry, "record the state of");
            }
        }

        foreach (var entry in work.Removed)
        {
            var remove = _store.RemoveAsync(entry, CancellationToken.None);
            if (!remove.IsCompletedSuccessfully)
            {
                _ = ObserveStoreFailureAsync(remove, entry, "remove");
            }
        }
    }

    private async Task ObserveStoreFailureAsync(ValueTask operation, JobEntry entry, string action)
    {
        try
        {
            await operation.ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            Log.StoreFailed(_logger, exception, action, entry.Id, entry.JobType);
        }
    }
}
