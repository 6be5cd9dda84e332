namespace VideoPipeline.Sdk.Queueing;

/// <summary>
/// What one job takes from the queue's budgets while it runs: memory, estimated money and a connection from a named pool.
/// A job starts only when every budget it names has room; a demand larger than a budget is rejected at enqueue.
/// </summary>
public readonly record struct JobResourceDemand
{
    private readonly long _memoryMegabytes;
    private readonly Money _estimatedCost;

    /// <summary>Gets the memory the job holds while it runs, in megabytes, counted against
    /// <see cref="QueueOptions.MemoryBudgetMegabytes"/>.</summary>
    /// <value>The default is 0; it cannot be negative.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public long MemoryMegabytes
    {
        get => _memoryMegabytes;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value, nameof(MemoryMegabytes));
            _memoryMegabytes = value;
        }
    }

    /// <summary>
    /// Gets the money the job is expected to cost, counted against <see cref="QueueOptions.CostPerHourBudgetUsd"/> from
    /// the moment it starts; a handler replaces it with the actual cost through
    /// <see cref="JobContext{TPayload}.ReportActualCost"/>.
    /// </summary>
    /// <value>The default is zero; it cannot be negative.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public Money EstimatedCost
    {
        get => _estimatedCost;
        init
        {
            if (value.IsNegative)
            {
                throw new ArgumentOutOfRangeException(nameof(EstimatedCost), value, "EstimatedCost cannot be negative.");
            }

            _estimatedCost = value;
        }
    }

    /// <summary>
    /// Gets the named connection pool (for example a provider) the job takes one connection from while it runs, or
    /// <see langword="null"/> for none. The pool must be configured in <see cref="QueueOptions.ConnectionPools"/>.
    /// </summary>
    /// <value>The default is <see langword="null"/>.</value>
    public string? ConnectionPool { get; init; }
}
