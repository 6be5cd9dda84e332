using VideoPipeline.Sdk.Queueing.Diagnostics.Internal;
using VideoPipeline.Sdk.Queueing.Storage.Internal;

namespace VideoPipeline.Sdk.Queueing.Scheduling.Internal;

/// <summary>The state transitions of jobs; every method here runs under the scheduler's lock.</summary>
internal sealed partial class JobScheduler
{
    private void RegisterLocked(JobEntry entry, JobEntry[]? dependencies, long now, AfterLockWork work, bool restored)
    {
        _live.Add(entry.Id, entry);
        if (!restored)
        {
            _totalEnqueued++;
        }

        JobError? failedDependency = null;
        if (dependencies is { Length: > 0 })
        {
            entry.EnsureDetails().DependencyEntries = dependencies;
            var dependsOn = entry.Options.DependsOn;
            for (var i = 0; i < dependencies.Length; i++)
            {
                var dependency = dependencies[i];
                if (!dependency.State.IsFinal())
                {
                    (dependency.EnsureDetails().Dependents ??= []).Add(entry);
                    entry.PendingDependencies++;
                }
                else if (dependency.State != JobState.Succeeded && dependsOn[i].OnFailure == DependencyFailureBehavior.CancelDependent)
                {
                    failedDependency ??= DependencyError(dependency);
                }
            }
        }

        var state = failedDependency is not null || entry.PendingDependencies > 0 ? JobState.Blocked : JobState.Pending;
        entry.State = state;
        _depth[(int)state, (int)entry.Options.Priority]++;
        PublishLocked(entry, previous: null, state, now);
        work.Changed.Add(entry);
        if (failedDependency is not null)
        {
            entry.CancelRequested = true;
            FinalizeLocked(entry, JobState.Cancelled, failedDependency, now, work);
        }
        else if (state == JobState.Pending)
        {
            MakeReadyLocked(entry, now, work);
        }
    }

    /// <summary>Puts a pending job where it waits for a slot: its priority lane, or its batch.</summary>
    private void MakeReadyLocked(JobEntry entry, long now, AfterLockWork work)
    {
        entry.ReadyTicks = now;
        var handler = entry.Handler!;
        if (!handler.IsBatch)
        {
            _ready.Enqueue(entry);
            return;
        }

        var key = (handler, entry.Options.BatchKey);
        if (!_batches.TryGetValue(key, out var batch))
        {
            batch = new BatchAccumulator(handler, entry.Options.BatchKey);
            _batches.Add(key, batch);
        }

        var demand = entry.Options.Demand;
        if (batch.Members.Count > 0 && !FitsBudgetsTogether(batch, demand))
        {
            // A batch takes the memory and money of all its members: one that outgrew a budget could never start.
            CloseBatchLocked(batch, now, work);
        }

        if (batch.Members.Count == 0)
        {
            batch.DeadlineTicks = now + handler.BatchOptions!.MaxBatchWait.Ticks;
            ArmLocked(batch.DeadlineTicks, now);
        }

        batch.Members.Add(entry);
        batch.MemoryMegabytes += demand.MemoryMegabytes;
        batch.EstimatedCostUsd += demand.EstimatedCost.Usd;
        if (entry.State != JobState.Scheduled)
        {
            SetStateLocked(entry, JobState.Scheduled, now, work);
        }

        if (batch.Members.Count >= handler.BatchOptions!.MaxBatchSize || entry.Options.Priority == JobPriority.Urgent || handler.BatchOptions.MaxBatchWait <= TimeSpan.Zero)
        {
            CloseBatchLocked(batch, now, work);
        }
    }

    /// <summary>Determines whether a batch with one more member still fits the whole memory and money budgets.</summary>
    private bool FitsBudgetsTogether(BatchAccumulator batch, JobResourceDemand demand) =>
        (_memory is null || batch.MemoryMegabytes + demand.MemoryMegabytes <= _memory.Limit)
        && (_cost is null || batch.EstimatedCostUsd + demand.EstimatedCost.Usd <= _cost.Limit);

    /// <summary>Turns a batch's members into one schedulable unit led by its most urgent member. A batch whose members were
    /// all cancelled only loses its deadline, so the timer is not armed for it again.</summary>
    private void CloseBatchLocked(BatchAccumulator batch, long now, AfterLockWork work)
    {
        var members = batch.Members;
        batch.DeadlineTicks = long.MaxValue;
        batch.MemoryMegabytes = 0;
        batch.EstimatedCostUsd = 0;
        if (members.Count == 0)
        {
            return;
        }

        var leaderIndex = 0;
        for (var i = 1; i < members.Count; i++)
        {
            if (members[i].Options.Priority < members[leaderIndex].Options.Priority)
            {
                leaderIndex = i;
            }
        }

        var leader = members[leaderIndex];
        List<JobEntry>? others = null;
        for (var i = 0; i < members.Count; i++)
        {
            var member = members[i];
            SetStateLocked(member, JobState.Pending, now, work);
            member.ReadyTicks = members[0].ReadyTicks;
            if (i != leaderIndex)
            {
                (others ??= []).Add(member);
            }
        }

        leader.EnsureDetails().BatchMembers = others;
        members.Clear();
        _ready.Enqueue(leader);
    }

    private void CloseDueBatchesLocked(long now, AfterLockWork work)
    {
        foreach (var batch in _batches.Values)
        {
            if (batch.DeadlineTicks <= now)
            {
                CloseBatchLocked(batch, now, work);
            }
        }
    }

    /// <summary>Starts jobs while the global concurrency budget has room and some job fits every budget it needs.</summary>
    private void DispatchLocked(long now, AfterLockWork work)
    {
        while (_running < _options.MaxConcurrency && TakeNextLocked(now) is { } next)
        {
            var runner = _idleRunners.Count > 0 ? _idleRunners.Pop() : new JobRunner(this);
            StartLocked(runner, next, now, work);
            runner.BusyIndex = _busyRunners.Count;
            _busyRunners.Add(runner);
            work.RunnersToStart.Add(runner);
        }
    }

    /// <summary>Gives a runner that finished its job the next one, or parks it as idle.</summary>
    private bool NextForRunnerLocked(JobRunner runner, long now, AfterLockWork work)
    {
        if (_running < _options.MaxConcurrency && TakeNextLocked(now) is { } next)
        {
            StartLocked(runner, next, now, work);
            DispatchLocked(now, work);
            return true;
        }

        RemoveBusyLocked(runner);
        runner.Current = null;
        _idleRunners.Push(runner);
        DispatchLocked(now, work);
        if (_stopping && _running == 0)
        {
            _drained?.TrySetResult();
        }

        return false;
    }

    private void RemoveBusyLocked(JobRunner runner)
    {
        var index = runner.BusyIndex;
        if (index < 0)
        {
            return;
        }

        var last = _busyRunners[^1];
        _busyRunners[index] = last;
        last.BusyIndex = index;
        _busyRunners.RemoveAt(_busyRunners.Count - 1);
        runner.BusyIndex = -1;
    }

    /// <summary>
    /// Returns the next job that fits every budget, best first, or <see langword="null"/>. Jobs met on the way that a budget
    /// blocks are moved to that budget's wait list.
    /// </summary>
    private JobEntry? TakeNextLocked(long now)
    {
        if (!_started || _stopping)
        {
            return null;
        }

        while (true)
        {
            JobLanes? source = null;
            Budget? sourceBudget = null;
            JobEntry? best = null;
            var bestLane = 0;
            var bestRank = int.MaxValue;
            for (var lane = 0; lane < LaneCount; lane++)
            {
                if (_ready.Peek(lane) is { } head && IsBetter(head, lane, now, best, bestRank))
                {
                    (best, bestLane, bestRank, source, sourceBudget) = (head, lane, RankOf(lane, head, now), _ready, null);
                }
            }

            foreach (var budget in _budgetsWithWaiters)
            {
                // Only the best job waiting for a budget may take it when it fits: a worse one must not overtake it, and a
                // worse one that fits two budgets, each with a better job waiting, would otherwise move between their lists forever.
                JobEntry? waiting = null;
                var waitingLane = 0;
                var waitingRank = int.MaxValue;
                for (var lane = 0; lane < LaneCount; lane++)
                {
                    if (budget.Waiting.Peek(lane) is { } head && IsBetter(head, lane, now, waiting, waitingRank))
                    {
                        (waiting, waitingLane, waitingRank) = (head, lane, RankOf(lane, head, now));
                    }
                }

                if (waiting is not null && IsBetter(waiting, waitingLane, now, best, bestRank) && budget.Fits(waiting, now))
                {
                    (best, bestLane, bestRank, source, sourceBudget) = (waiting, waitingLane, waitingRank, budget.Waiting, budget);
                }
            }

            if (best is null)
            {
                return null;
            }

            source!.Dequeue(bestLane);
            if (sourceBudget is not null && sourceBudget.Waiting.Count == 0)
            {
                _budgetsWithWaiters.Remove(sourceBudget);
            }

            if (FindBlockingBudget(best, bestRank, now, sourceBudget) is not { } blocking)
            {
                return best;
            }

            if (blocking.Waiting.Count == 0)
            {
                _budgetsWithWaiters.Add(blocking);
                if (blocking == _cost)
                {
                    ArmLocked(_cost.NextExpiryTicks, now);
                }
            }

            blocking.Waiting.Enqueue(best);
        }
    }

    /// <summary>Returns the first budget the job does not fit, or that better jobs are already waiting for.</summary>
    private Budget? FindBlockingBudget(JobEntry entry, int rank, long now, Budget? source)
    {
        if (entry.Handler!.TypeBudget is { } type && !type.Fits(entry, now))
        {
            return type;
        }

        if (entry.Pool is { } pool && !pool.Fits(entry, now))
        {
            return pool;
        }

        if (_memory is not null && BatchDemand.MemoryMegabytes(entry) > 0 && Blocks(_memory, entry, rank, now, source))
        {
            return _memory;
        }

        if (_cost is not null && BatchDemand.EstimatedCostUsd(entry) > 0 && Blocks(_cost, entry, rank, now, source))
        {
            return _cost;
        }

        return null;
    }

    /// <summary>A memory or money budget blocks a job that does not fit, or that would overtake a better job waiting for it.</summary>
    private bool Blocks(Budget budget, JobEntry entry, int rank, long now, Budget? source)
    {
        if (!budget.Fits(entry, now))
        {
            return true;
        }

        if (budget == source || budget.Waiting.Count == 0)
        {
            return false;
        }

        for (var lane = 0; lane < LaneCount; lane++)
        {
            if (budget.Waiting.Peek(lane) is { } waiting && IsBetter(waiting, lane, now, entry, rank))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The effective priority: urgent stays 0; other lanes rise one level per ageing interval waited, but never above high,
    /// so urgent work always goes first and low work cannot starve behind high and medium work.
    /// </summary>
    private int RankOf(int lane, JobEntry entry, long now)
    {
        if (lane <= 1)
        {
            return lane;
        }

        var promoted = (now - entry.ReadyTicks) / _ageingTicks;
        return (int)Math.Max(1, lane - promoted);
    }

    private bool IsBetter(JobEntry candidate, int lane, long now, JobEntry? best, int bestRank)
    {
        if (best is null)
        {
            return true;
        }

        var rank = RankOf(lane, candidate, now);
        return rank < bestRank || (rank == bestRank && candidate.ReadyTicks < best.ReadyTicks);
    }

    private void StartLocked(JobRunner runner, JobEntry entry, long now, AfterLockWork work)
    {
        _running++;
        entry.Handler!.TypeBudget?.Acquire(entry, now);
        entry.Pool?.Acquire(entry, now);
        if (_memory is not null && BatchDemand.MemoryMegabytes(entry) > 0)
        {
            _memory.Acquire(entry, now);
        }

        if (_cost is not null && BatchDemand.EstimatedCostUsd(entry) > 0)
        {
            _cost.Acquire(entry, now);
        }

        runner.Current = entry;
        runner.Generation++;
        var timeout = entry.Options.Timeout ?? _options.DefaultJobTimeout;
        runner.Timeout = timeout;
        runner.DeadlineTicks = timeout == Timeout.InfiniteTimeSpan || timeout.Ticks > long.MaxValue - now ? long.MaxValue : now + timeout.Ticks;
        if (runner.DeadlineTicks != long.MaxValue)
        {
            ArmLocked(runner.DeadlineTicks, now);
        }

        StartMemberLocked(runner, entry, now, work);
        if (entry.Details?.BatchMembers is { } members)
        {
            foreach (var member in members)
            {
                StartMemberLocked(runner, member, now, work);
            }
        }
    }

    private void StartMemberLocked(JobRunner runner, JobEntry member, long now, AfterLockWork work)
    {
        member.Runner = runner;
        member.MaxAttempts = member.Options.MaxAttempts ?? _options.Retry.MaxAttempts;
        member.AttemptCount++;
        member.StartedTicks = now;
        var wait = now - member.ReadyTicks;
        _waitTimes.Record(wait, now);
        _metrics.RecordWait(member.Options.Priority, wait);
        _attempts.Add(now);
        SetStateLocked(member, JobState.Running, now, work);
    }

    /// <summary>Gives back what a finished (or abandoned) attempt took from every budget.</summary>
    private void ReleaseLocked(JobRunner runner, JobEntry entry, long now)
    {
        ReleaseBudgetsLocked(entry, now);
        runner.ResetToken();
        runner.DeadlineTicks = long.MaxValue;
    }

    private void ReleaseBudgetsLocked(JobEntry entry, long now)
    {
        _running--;
        entry.Handler!.TypeBudget?.Release(entry, now);
        entry.Pool?.Release(entry, now);
        if (_memory is not null && BatchDemand.MemoryMegabytes(entry) > 0)
        {
            _memory.Release(entry, now);
        }

        _cost?.Release(entry, now);
    }

    /// <summary>Abandons a runner whose handler has not returned: its slot is freed now and its late outcome dropped.</summary>
    private void AbandonLocked(JobRunner runner, long now)
    {
        var entry = runner.Current!;
        runner.Cancel();
        ReleaseBudgetsLocked(entry, now);
        runner.Generation++;
        runner.Current = null;
        RemoveBusyLocked(runner);
        foreach (var member in BatchOf(entry))
        {
            member.Runner = null;
        }

        if (_stopping && _running == 0)
        {
            _drained?.TrySetResult();
        }
    }

    private void TimeOutRunnersLocked(long now, AfterLockWork work)
    {
        for (var i = _busyRunners.Count - 1; i >= 0; i--)
        {
            var runner = _busyRunners[i];
            if (runner.DeadlineTicks > now)
            {
                continue;
            }

            var entry = runner.Current!;
            var timeout = runner.Timeout;
            Log.AttemptTimedOut(_logger, entry.Id, entry.JobType, timeout);
            AbandonLocked(runner, now);
            foreach (var member in BatchOf(entry))
            {
                FinishAttemptLocked(member, null, null, timeout, now, work);
            }
        }
    }

    /// <summary>Decides what an ended attempt means: success, cancellation, a retry, dead-lettering or failure.</summary>
    private void FinishAttemptLocked(JobEntry entry, object? result, Exception? error, TimeSpan? timedOut, long now, AfterLockWork work)
    {
        entry.Runner = null;
        var runTicks = now - entry.StartedTicks;
        _runTimes.Record(runTicks, now);
        if (entry.State.IsFinal())
        {
            return;
        }

        if (entry.CancelRequested)
        {
            _metrics.RecordRun(entry.JobType, JobState.Cancelled, runTicks);
            FinalizeLocked(entry, JobState.Cancelled, entry.Details?.Error ?? new JobError(typeof(OperationCanceledException).FullName!, "The job was cancelled."), now, work);
            return;
        }

        if (timedOut is null && error is null)
        {
            if (entry.Details?.Attempts is { } history)
            {
                history.Add(new JobAttempt(entry.AttemptCount, new DateTimeOffset(entry.StartedTicks, TimeSpan.Zero), new DateTimeOffset(now, TimeSpan.Zero), null));
            }

            entry.Output = result;
            _metrics.RecordRun(entry.JobType, JobState.Succeeded, runTicks);
            FinalizeLocked(entry, JobState.Succeeded, null, now, work);
            return;
        }

        var failure = timedOut is { } timeout
            ? new TimeoutException($"Job {entry.Id} ('{entry.JobType}') ran past its {timeout} timeout in attempt {entry.AttemptCount}.")
            : error!;
        var jobError = JobError.FromException(failure);
        var details = entry.EnsureDetails();
        (details.Attempts ??= []).Add(new JobAttempt(entry.AttemptCount, new DateTimeOffset(entry.StartedTicks, TimeSpan.Zero), new DateTimeOffset(now, TimeSpan.Zero), jobError));
        details.Error = jobError;
        var transient = timedOut is not null || IsTransient(entry, failure);
        if (!transient)
        {
            _metrics.RecordRun(entry.JobType, JobState.Failed, runTicks);
            FinalizeLocked(entry, JobState.Failed, jobError, now, work);
            return;
        }

        if (entry.AttemptCount >= entry.MaxAttempts)
        {
            _metrics.RecordRun(entry.JobType, JobState.DeadLettered, runTicks);
            Log.DeadLettered(_logger, entry.Id, entry.JobType, entry.AttemptCount, jobError.ToString());
            FinalizeLocked(entry, JobState.DeadLettered, jobError, now, work);
            return;
        }

        _metrics.RecordRun(entry.JobType, JobState.Scheduled, runTicks);
        _metrics.RecordRetry(entry.JobType);
        _totalRetries++;
        _retryCounter.Add(now);
        var due = now + RetryDelay(entry.AttemptCount, failure).Ticks;
        details.RetryDueTicks = due;
        SetStateLocked(entry, JobState.Scheduled, now, work);
        _retries.Enqueue(entry, due);
        ArmLocked(due, now);
    }

    private bool IsTransient(JobEntry entry, Exception failure)
    {
        try
        {
            return _options.Retry.IsTransient(failure);
        }
        catch (Exception filterError)
        {
            Log.RetryFilterFailed(_logger, filterError, entry.Id, entry.JobType);
            return false;
        }
    }

    /// <summary>Exponential backoff with jitter: base × 2^(attempt−1), drawn between half and all of it, at least the
    /// provider's retry-after hint, at most the maximum delay.</summary>
    private TimeSpan RetryDelay(int attempt, Exception failure)
    {
        var retry = _options.Retry;
        var exponential = retry.BaseDelay.Ticks * Math.Pow(2, Math.Min(attempt - 1, 62));
        var capped = Math.Min(exponential, retry.MaxDelay.Ticks);
        var jittered = (long)(capped * (0.5 + (_random.NextDouble() * 0.5)));
        if (failure is GenerationProviderException { RetryAfter: { } hint })
        {
            jittered = Math.Max(jittered, hint.Ticks);
        }

        return TimeSpan.FromTicks(Math.Min(jittered, retry.MaxDelay.Ticks));
    }

    private void ReleaseDueRetriesLocked(long now, AfterLockWork work)
    {
        while (_retries.TryPeek(out var entry, out var due) && due <= now)
        {
            _retries.Dequeue();
            if (entry.State == JobState.Scheduled && !entry.CancelRequested && entry.Details?.RetryDueTicks == due)
            {
                SetStateLocked(entry, JobState.Pending, now, work);
                MakeReadyLocked(entry, now, work);
            }
        }
    }

    /// <summary>Cancels a job that is not final, wherever it waits; a running job sees its token cancelled.</summary>
    private void CancelLocked(JobEntry entry, JobError reason, long now, AfterLockWork work)
    {
        entry.CancelRequested = true;
        entry.EnsureDetails().Error = reason;
        switch (entry.State)
        {
            case JobState.Running:
                if (entry.Runner is { } runner && !entry.Handler!.IsBatch)
                {
                    runner.Cancel();
                }

                return;
            case JobState.Pending:
                ForgetPendingLocked(entry, now, work);
                break;
            case JobState.Scheduled:
                foreach (var batch in _batches.Values)
                {
                    if (batch.Members.Remove(entry))
                    {
                        batch.MemoryMegabytes -= entry.Options.Demand.MemoryMegabytes;
                        batch.EstimatedCostUsd -= entry.Options.Demand.EstimatedCost.Usd;
                    }
                }

                break;
        }

        FinalizeLocked(entry, JobState.Cancelled, reason, now, work);
    }

    /// <summary>Takes a cancelled pending job out of the counts of the list it waits in; a batch leader hands its batch on.</summary>
    private void ForgetPendingLocked(JobEntry entry, long now, AfterLockWork work)
    {
        foreach (var budget in _budgetsWithWaiters)
        {
            if (budget.Waiting.Contains(entry))
            {
                budget.Waiting.Forget(entry);
                HandOverBatch(entry);
                return;
            }
        }

        if (_ready.Contains(entry))
        {
            _ready.Forget(entry);
            HandOverBatch(entry);
            return;
        }

        // A member of a queued batch: leave the batch.
        foreach (var leader in _live.Values)
        {
            if (leader.Details?.BatchMembers is { } members && members.Remove(entry))
            {
                return;
            }
        }
    }

    private void HandOverBatch(JobEntry leader)
    {
        if (leader.Details?.BatchMembers is not { Count: > 0 } members)
        {
            return;
        }

        leader.Details.BatchMembers = null;
        var next = members[0];
        members.RemoveAt(0);
        next.EnsureDetails().BatchMembers = members.Count > 0 ? members : null;
        next.ReadyTicks = leader.ReadyTicks;
        _ready.Enqueue(next);
    }

    /// <summary>Makes a job final: counts it, wakes its waiters, releases or cancels its dependents and retains it.</summary>
    private void FinalizeLocked(JobEntry entry, JobState state, JobError? error, long now, AfterLockWork work)
    {
        Stack<(JobEntry Entry, JobState State, JobError? Error)>? pending = null;
        while (true)
        {
            if (error is not null)
            {
                entry.EnsureDetails().Error = error;
            }

            entry.CompletedTicks = now;
            SetStateLocked(entry, state, now, work);
            _live.Remove(entry.Id);
            _finals.Add(now);
            _metrics.RecordFinal(entry.JobType, entry.Options.Priority, state);
            switch (state)
            {
                case JobState.Succeeded:
                    _totalSucceeded++;
                    _successes.Add(now);
                    break;
                case JobState.Failed:
                    _totalFailed++;
                    break;
                case JobState.Cancelled:
                    _totalCancelled++;
                    break;
                default:
                    _totalDeadLettered++;
                    break;
            }

            if (entry.Details is { } details)
            {
                if (details.Completion is { } completion)
                {
                    work.Completions.Add((completion, new JobSnapshot(entry)));
                    details.Completion = null;
                }

                if (details.Dependents is { } dependents)
                {
                    details.Dependents = null;
                    foreach (var dependent in dependents)
                    {
                        if (dependent.State.IsFinal())
                        {
                            continue;
                        }

                        if (state == JobState.Succeeded || EdgeOf(dependent, entry) == DependencyFailureBehavior.RunAnyway)
                        {
                            if (--dependent.PendingDependencies == 0 && dependent.State == JobState.Blocked && !dependent.CancelRequested)
                            {
                                SetStateLocked(dependent, JobState.Pending, now, work);
                                MakeReadyLocked(dependent, now, work);
                            }
                        }
                        else if (dependent.State == JobState.Blocked)
                        {
                            dependent.CancelRequested = true;
                            (pending ??= new()).Push((dependent, JobState.Cancelled, DependencyError(entry)));
                        }
                    }
                }
            }

            _retained.Enqueue(entry);
            if (pending is null || !pending.TryPop(out var next))
            {
                break;
            }

            (entry, state, error) = next;
        }

        TrimRetainedLocked(now, work);
    }

    private static DependencyFailureBehavior EdgeOf(JobEntry dependent, JobEntry dependency)
    {
        foreach (var edge in dependent.Options.DependsOn)
        {
            if (edge.JobId == dependency.Id)
            {
                return edge.OnFailure;
            }
        }

        return DependencyFailureBehavior.CancelDependent;
    }

    private static JobError DependencyError(JobEntry dependency) =>
        new("VideoPipeline.Sdk.Queueing.DependencyFailed", $"Dependency {dependency.Id} ('{dependency.JobType}') ended {dependency.State}.");

    /// <summary>Removes final jobs past <see cref="QueueOptions.MaxRetainedJobs"/> or their lifetime, and arms the timer for
    /// the oldest one left, so an idle queue lets go of its jobs too (rounded up to a whole second, so that a busy queue is
    /// woken for this at most once a second).</summary>
    private void TrimRetainedLocked(long now, AfterLockWork work)
    {
        var lifetime = _options.RetainedJobLifetime.Ticks;
        var oldest = now - lifetime;
        while (_retained.TryPeek(out var entry) && (_retained.Count > _options.MaxRetainedJobs || entry.CompletedTicks <= oldest))
        {
            _retained.Dequeue();
            work.Removed.Add(entry);
        }

        if (_retained.TryPeek(out var kept))
        {
            var expiry = kept.CompletedTicks + lifetime;
            ArmLocked(expiry + ((TimeSpan.TicksPerSecond - (expiry % TimeSpan.TicksPerSecond)) % TimeSpan.TicksPerSecond), now);
        }
    }

    /// <summary>Moves a job to a new state: depth counts, the state-change stream, and the store afterwards.</summary>
    private void SetStateLocked(JobEntry entry, JobState state, long now, AfterLockWork work)
    {
        var previous = entry.State;
        var lane = (int)entry.Options.Priority;
        if (previous < JobState.Succeeded)
        {
            _depth[(int)previous, lane]--;
        }

        if (state < JobState.Succeeded)
        {
            _depth[(int)state, lane]++;
        }

        entry.State = state;
        PublishLocked(entry, previous, state, now);
        work.Changed.Add(entry);
    }

    private void PublishLocked(JobEntry entry, JobState? previous, JobState state, long now)
    {
        if (_changes.HasReaders)
        {
            _changes.Publish(new JobStateChange
            {
                JobId = entry.Id,
                JobType = entry.JobType,
                Priority = entry.Options.Priority,
                PreviousState = previous,
                State = state,
                Timestamp = new DateTimeOffset(now, TimeSpan.Zero),
            });
        }
    }

    /// <summary>
    /// Makes the timer fire at <paramref name="dueTicks"/> at the latest. A due time further ahead than a timer can wait
    /// (about 49 days) fires after <see cref="MaxTimerDelayTicks"/> instead, and the timer is armed again from there.
    /// </summary>
    private void ArmLocked(long dueTicks, long now)
    {
        if (dueTicks >= _timerDueTicks || _disposed)
        {
            return;
        }

        var delay = Math.Clamp(dueTicks - now, 0, MaxTimerDelayTicks);
        _timerDueTicks = now + delay;
        _timer.Change(TimeSpan.FromTicks(delay), Timeout.InfiniteTimeSpan);
    }

    private void ArmNextLocked(long now)
    {
        var next = long.MaxValue;
        if (_retries.TryPeek(out _, out var due))
        {
            next = due;
        }

        foreach (var batch in _batches.Values)
        {
            next = Math.Min(next, batch.DeadlineTicks);
        }

        foreach (var runner in _busyRunners)
        {
            next = Math.Min(next, runner.DeadlineTicks);
        }

        if (_cost is not null && _cost.Waiting.Count > 0)
        {
            next = Math.Min(next, _cost.NextExpiryTicks);
        }

        if (next != long.MaxValue)
        {
            ArmLocked(next, now);
        }
    }
}
