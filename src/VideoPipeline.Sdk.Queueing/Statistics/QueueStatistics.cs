namespace VideoPipeline.Sdk.Queueing;

/// <summary>
/// The queue's statistics at one moment, from <see cref="IJobQueue.GetStatistics"/>. Counts of waiting and running jobs are
/// current; rates and percentiles cover the last <see cref="QueueOptions.StatisticsWindow"/>; totals count since start.
/// </summary>
public readonly record struct QueueStatistics
{
    /// <summary>Gets the jobs ready to run (<see cref="JobState.Pending"/>), per lane.</summary>
    public JobCountsByPriority Pending { get; init; }

    /// <summary>Gets the jobs waiting for dependencies (<see cref="JobState.Blocked"/>), per lane.</summary>
    public JobCountsByPriority Blocked { get; init; }

    /// <summary>Gets the jobs waiting for a retry time or a batch (<see cref="JobState.Scheduled"/>), per lane.</summary>
    public JobCountsByPriority Scheduled { get; init; }

    /// <summary>Gets the jobs running, per lane.</summary>
    public JobCountsByPriority Running { get; init; }

    /// <summary>Gets the jobs enqueued since start.</summary>
    public long TotalEnqueued { get; init; }

    /// <summary>Gets the jobs that succeeded since start.</summary>
    public long TotalSucceeded { get; init; }

    /// <summary>Gets the jobs that failed since start.</summary>
    public long TotalFailed { get; init; }

    /// <summary>Gets the jobs cancelled since start.</summary>
    public long TotalCancelled { get; init; }

    /// <summary>Gets the jobs dead-lettered since start.</summary>
    public long TotalDeadLettered { get; init; }

    /// <summary>Gets the retries scheduled since start.</summary>
    public long TotalRetries { get; init; }

    /// <summary>Gets how long jobs waited between ready and running, in the window.</summary>
    public DurationPercentiles WaitTime { get; init; }

    /// <summary>Gets how long attempts ran, in the window.</summary>
    public DurationPercentiles RunTime { get; init; }

    /// <summary>Gets the jobs that reached a final state per second, over the window.</summary>
    public double Throughput { get; init; }

    /// <summary>Gets the share of final jobs in the window that succeeded, from 0 to 1 (1 when none ended).</summary>
    public double SuccessRate { get; init; }

    /// <summary>Gets the share of attempts in the window that ended in a retry, from 0 to 1.</summary>
    public double RetryRate { get; init; }

    /// <summary>Gets the number of budgets <see cref="IJobQueue.CopyBudgetUtilization"/> copies.</summary>
    public int BudgetCount { get; init; }
}
