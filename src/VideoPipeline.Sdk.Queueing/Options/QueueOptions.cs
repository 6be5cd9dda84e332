namespace VideoPipeline.Sdk.Queueing;

/// <summary>
/// Options of the job queue, bound from the <c>VideoPipeline:Queueing</c> configuration section. Invalid values stop the
/// host at start with a message that names the key, the value and the allowed range.
/// </summary>
public sealed class QueueOptions
{
    /// <summary>The configuration section the options are bound from: <c>VideoPipeline:Queueing</c>.</summary>
    public const string SectionName = "VideoPipeline:Queueing";

    /// <summary>Gets or sets how many jobs (or batches) run at once, over every type.</summary>
    /// <value>The default is 16; the range is 1 to 100,000.</value>
    public int MaxConcurrency { get; set; } = 16;

    /// <summary>Gets the limits of jobs of one type running at once, by job type. A type without an entry is limited only
    /// by <see cref="MaxConcurrency"/>.</summary>
    /// <value>The default is empty; each limit must be between 1 and 100,000.</value>
    public IDictionary<string, int> MaxConcurrencyPerJobType { get; } = new Dictionary<string, int>(StringComparer.Ordinal);

    /// <summary>Gets or sets the megabytes running jobs may declare in <see cref="JobResourceDemand.MemoryMegabytes"/> at once,
    /// or <see langword="null"/> for no memory budget.</summary>
    /// <value>The default is <see langword="null"/>; a value must be at least 1.</value>
    public long? MemoryBudgetMegabytes { get; set; }

    /// <summary>
    /// Gets or sets the US dollars that jobs started within any one hour may cost, counting each job's estimate from its
    /// start and replacing it with the actual cost its handler reports; or <see langword="null"/> for no money budget.
    /// </summary>
    /// <value>The default is <see langword="null"/>; a value must be positive.</value>
    public decimal? CostPerHourBudgetUsd { get; set; }

    /// <summary>Gets the named connection pools and their sizes, for example one per provider. A job takes one connection
    /// from the pool in <see cref="JobResourceDemand.ConnectionPool"/> while it runs.</summary>
    /// <value>The default is empty; each size must be between 1 and 100,000.</value>
    public IDictionary<string, int> ConnectionPools { get; } = new Dictionary<string, int>(StringComparer.Ordinal);

    /// <summary>
    /// Gets or sets how long a ready job waits before it is treated as one priority higher, so low-priority work cannot
    /// starve: a low job that waited two intervals competes as high (and wins against newer high jobs). Ageing stops at
    /// high, so urgent jobs always go first.
    /// </summary>
    /// <value>The default is 30 seconds; the range is 1 millisecond to 1 day.</value>
    public TimeSpan AgeingInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets how long one attempt may run when the job does not set <see cref="JobOptions.Timeout"/>, or
    /// <see cref="Timeout.InfiniteTimeSpan"/> for no limit.</summary>
    /// <value>The default is 30 minutes; a value must be positive or infinite.</value>
    public TimeSpan DefaultJobTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Gets the retry policy: attempts, backoff and which errors are transient.</summary>
    public JobRetryOptions Retry { get; } = new();

    /// <summary>Gets or sets how long the host's stop waits for running jobs before it cancels them. Jobs that did not
    /// finish go back to pending in the store.</summary>
    /// <value>The default is 30 seconds; the range is 0 to 1 hour.</value>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets how many final jobs the store keeps (for <see cref="IJobQueue.GetAsync"/>, idempotency and
    /// dependencies); the oldest are removed first.</summary>
    /// <value>The default is 100,000; the range is 0 to 100,000,000.</value>
    public int MaxRetainedJobs { get; set; } = 100_000;

    /// <summary>Gets or sets how long the store keeps a final job; it is removed within a second after that, even when the
    /// queue is idle.</summary>
    /// <value>The default is 1 hour; the range is 0 to 30 days.</value>
    public TimeSpan RetainedJobLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Gets or sets the window of the rates and percentiles of <see cref="QueueStatistics"/>.</summary>
    /// <value>The default is 1 minute; the range is 1 second to 1 day.</value>
    public TimeSpan StatisticsWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Gets or sets how many state changes each <see cref="IJobQueue.WatchAsync"/> reader may fall behind before it
    /// loses the oldest.</summary>
    /// <value>The default is 10,000; the range is 1 to 10,000,000.</value>
    public int StateChangeBufferSize { get; set; } = 10_000;
}
