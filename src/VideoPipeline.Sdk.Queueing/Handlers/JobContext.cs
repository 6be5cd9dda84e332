namespace VideoPipeline.Sdk.Queueing;

/// <summary>The job a handler runs: its payload, its attempt, the results of its dependencies, and a way to report what it
/// actually cost.</summary>
/// <typeparam name="TPayload">The payload type.</typeparam>
public readonly struct JobContext<TPayload>
{
    private readonly JobEntry _entry;

    internal JobContext(JobEntry entry, TPayload payload)
    {
        _entry = entry;
        Payload = payload;
    }

    /// <summary>Gets the job's id.</summary>
    public JobId Id => _entry.Id;

    /// <summary>Gets the job type.</summary>
    public string JobType => _entry.JobType;

    /// <summary>Gets the payload.</summary>
    public TPayload Payload { get; }

    /// <summary>Gets the priority lane of the job.</summary>
    public JobPriority Priority => _entry.Options.Priority;

    /// <summary>Gets the batch key, or <see langword="null"/>.</summary>
    public string? BatchKey => _entry.Options.BatchKey;

    /// <summary>Gets the number of this attempt, from 1.</summary>
    public int Attempt => _entry.AttemptCount;

    /// <summary>Gets the attempts the job may make before it is dead-lettered.</summary>
    public int MaxAttempts => _entry.MaxAttempts;

    /// <summary>Gets the job's cancellation token: cancelled when the job is cancelled, times out or the host stops. For an
    /// item of a batch it is the batch's token, which cancelling the one item does not cancel.</summary>
    public CancellationToken CancellationToken => _entry.CancellationToken;

    /// <summary>Gets the job's dependencies with their final states and results, in the order they were declared.</summary>
    public IReadOnlyList<JobDependencyResult> Dependencies => _entry.GetDependencyResults();

    /// <summary>Returns the result of the succeeded dependency of a given job type, for example the <c>narration</c> a
    /// <c>compose</c> job waits for.</summary>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="jobType">The dependency's job type.</param>
    /// <returns>The result.</returns>
    /// <exception cref="InvalidOperationException">No succeeded dependency of that type returned a <typeparamref name="TResult"/>.</exception>
    public TResult GetDependencyResult<TResult>(string jobType)
    {
        ArgumentNullException.ThrowIfNull(jobType);
        foreach (var dependency in _entry.GetDependencyResults())
        {
            if (dependency.State == JobState.Succeeded && string.Equals(dependency.JobType, jobType, StringComparison.Ordinal) && dependency.Output is TResult result)
            {
                return result;
            }
        }

        throw new InvalidOperationException($"Job {_entry.Id} ('{_entry.JobType}') has no succeeded dependency of type '{jobType}' with a {typeof(TResult).Name} result.");
    }

    /// <summary>
    /// Reports what the job actually cost. The queue replaces the job's estimate with it in the money-per-hour window, so
    /// the budget follows real spending.
    /// </summary>
    /// <param name="cost">The actual cost.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cost"/> is negative.</exception>
    public void ReportActualCost(Money cost)
    {
        if (cost.IsNegative)
        {
            throw new ArgumentOutOfRangeException(nameof(cost), cost, "A cost cannot be negative.");
        }

        _entry.ReportActualCost(cost);
    }
}
