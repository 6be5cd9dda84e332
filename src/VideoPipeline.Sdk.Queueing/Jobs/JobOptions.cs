namespace VideoPipeline.Sdk.Queueing;

/// <summary>
/// How one job is scheduled: priority, dependencies, resource demand, batching, idempotency, attempts and timeout.
/// Immutable once built, so one instance can be shared by any number of jobs.
/// </summary>
public sealed class JobOptions
{
    private readonly JobPriority _priority = JobPriority.Medium;
    private readonly IReadOnlyList<JobDependency> _dependsOn = [];
    private readonly int? _maxAttempts;
    private readonly TimeSpan? _timeout;

    /// <summary>Gets the options every job gets when none are given.</summary>
    public static JobOptions Default { get; } = new();

    /// <summary>Gets the priority lane of the job. A retried job keeps it.</summary>
    /// <value>The default is <see cref="JobPriority.Medium"/>.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public JobPriority Priority
    {
        get => _priority;
        init
        {
            if (!Enum.IsDefined(value))
            {
                throw new ArgumentOutOfRangeException(nameof(Priority), value, "Priority must be Urgent, High, Medium or Low.");
            }

            _priority = value;
        }
    }

    /// <summary>
    /// Gets the jobs this job waits for: it starts only when every one has succeeded (or is final, for edges that say
    /// <see cref="DependencyFailureBehavior.RunAnyway"/>). The list is copied when set.
    /// </summary>
    /// <value>The default is empty.</value>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public IReadOnlyList<JobDependency> DependsOn
    {
        get => _dependsOn;
        init
        {
            ArgumentNullException.ThrowIfNull(value, nameof(DependsOn));
            _dependsOn = value.Count == 0 ? [] : Array.AsReadOnly([.. value]);
        }
    }

    /// <summary>Gets what the job takes from the queue's budgets while it runs.</summary>
    /// <value>The default demands nothing but a concurrency slot.</value>
    public JobResourceDemand Demand { get; init; }

    /// <summary>
    /// Gets the batch key: jobs of a type with an <see cref="IBatchJobHandler{TPayload}"/> and the same key run together,
    /// up to the batch's maximum size or maximum wait. Ignored for types with a single-job handler.
    /// </summary>
    /// <value>The default is <see langword="null"/>: the job is batched only with other jobs without a key.</value>
    public string? BatchKey { get; init; }

    /// <summary>
    /// Gets the idempotency key: enqueuing a second job with the same key returns the first job's id and adds nothing, for
    /// as long as the first job is kept in the store.
    /// </summary>
    /// <value>The default is <see langword="null"/>: every enqueue adds a job.</value>
    public string? IdempotencyKey { get; init; }

    /// <summary>Gets how many times the handler may run before the job is dead-lettered, or <see langword="null"/> to use
    /// <see cref="JobRetryOptions.MaxAttempts"/>.</summary>
    /// <value>The default is <see langword="null"/>; a value must be between 1 and 100.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 1 to 100.</exception>
    public int? MaxAttempts
    {
        get => _maxAttempts;
        init
        {
            if (value is < 1 or > JobRetryOptions.MaxAllowedAttempts)
            {
                throw new ArgumentOutOfRangeException(nameof(MaxAttempts), value, $"MaxAttempts must be between 1 and {JobRetryOptions.MaxAllowedAttempts}.");
            }

            _maxAttempts = value;
        }
    }

    /// <summary>Gets how long one attempt may run before its token is cancelled and it counts as a transient failure, or
    /// <see langword="null"/> to use <see cref="QueueOptions.DefaultJobTimeout"/>.</summary>
    /// <value>The default is <see langword="null"/>; a value must be positive.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is zero or negative.</exception>
    public TimeSpan? Timeout
    {
        get => _timeout;
        init
        {
            if (value is { } timeout && timeout <= TimeSpan.Zero && timeout != System.Threading.Timeout.InfiniteTimeSpan)
            {
                throw new ArgumentOutOfRangeException(nameof(Timeout), value, "Timeout must be positive, or Timeout.InfiniteTimeSpan for none.");
            }

            _timeout = value;
        }
    }

    /// <summary>Returns a copy with other dependencies, keeping every other option.</summary>
    internal JobOptions WithDependencies(IReadOnlyList<JobDependency> dependencies) => new()
    {
        Priority = Priority,
        DependsOn = dependencies,
        Demand = Demand,
        BatchKey = BatchKey,
        IdempotencyKey = IdempotencyKey,
        MaxAttempts = MaxAttempts,
        Timeout = Timeout,
    };
}
