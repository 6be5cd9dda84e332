using VideoPipeline.Sdk.Queueing.Scheduling.Internal;
using VideoPipeline.Sdk.Queueing.Storage.Internal;

namespace VideoPipeline.Sdk.Queueing;

/// <summary>
/// A job as the <see cref="IJobStore"/> keeps it: what was enqueued and where it is now. The queue owns its state and
/// changes it; a store reads it to persist it. Callers of <see cref="IJobQueue"/> see <see cref="JobSnapshot"/> copies instead.
/// </summary>
public sealed class JobEntry
{
    private JobEntryDetails? _details;
    private long _startedTicks;
    private long _completedTicks;

    /// <summary>Initializes a new instance of the <see cref="JobEntry"/> class, pending, with no attempts yet.</summary>
    /// <param name="id">The job's id.</param>
    /// <param name="jobType">The job type, which names its handler.</param>
    /// <param name="payload">The payload.</param>
    /// <param name="options">How the job is scheduled; dependencies must name job ids, not graph nodes.</param>
    /// <param name="enqueuedAt">When the job was enqueued.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is <c>default</c> or <paramref name="jobType"/> is empty.</exception>
    public JobEntry(JobId id, string jobType, object payload, JobOptions options, DateTimeOffset enqueuedAt)
    {
        if (id == default)
        {
            throw new ArgumentException("A job needs an id; default(JobId) names no job.", nameof(id));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(jobType);
        ArgumentNullException.ThrowIfNull(payload);
        ArgumentNullException.ThrowIfNull(options);
        Id = id;
        JobType = jobType;
        Payload = payload;
        Options = options;
        EnqueuedTicks = enqueuedAt.UtcTicks;
    }

    internal JobEntry(JobId id, string jobType, object payload, JobOptions options, long enqueuedTicks)
    {
        Id = id;
        JobType = jobType;
        Payload = payload;
        Options = options;
        EnqueuedTicks = enqueuedTicks;
    }

    /// <summary>Gets the job's id.</summary>
    public JobId Id { get; }

    /// <summary>Gets the job type, which names its handler.</summary>
    public string JobType { get; }

    /// <summary>Gets the payload.</summary>
    public object Payload { get; }

    /// <summary>Gets how the job is scheduled; dependencies name job ids.</summary>
    public JobOptions Options { get; }

    /// <summary>Gets the job's state.</summary>
    public JobState State { get; internal set; }

    /// <summary>Gets how many times the handler has started.</summary>
    public int AttemptCount { get; internal set; }

    /// <summary>Gets when the job was enqueued.</summary>
    public DateTimeOffset EnqueuedAt => new(EnqueuedTicks, TimeSpan.Zero);

    /// <summary>Gets when the last attempt started, or <see langword="null"/> before the first.</summary>
    public DateTimeOffset? StartedAt => _startedTicks == 0 ? null : new DateTimeOffset(_startedTicks, TimeSpan.Zero);

    /// <summary>Gets when the job reached its final state, or <see langword="null"/> before.</summary>
    public DateTimeOffset? CompletedAt => _completedTicks == 0 ? null : new DateTimeOffset(_completedTicks, TimeSpan.Zero);

    /// <summary>Gets what the handler returned, when the job succeeded.</summary>
    public object? Output { get; internal set; }

    /// <summary>Gets why the job failed, was cancelled or was dead-lettered, or <see langword="null"/>.</summary>
    public JobError? Error => _details?.Error;

    /// <summary>Gets the recorded attempts, oldest first: every failed attempt, and the successful one after a failure.</summary>
    public IReadOnlyList<JobAttempt> Attempts => _details?.Attempts is { } attempts ? attempts.AsReadOnly() : [];

    /// <summary>Gets the cost the handler reported, or the estimate when it reported none.</summary>
    public Money ActualCost => _details is { HasReportedCost: true } details ? details.ReportedCost : Options.Demand.EstimatedCost;

    /// <summary>Gets or sets the next entry in the same priority lane or wait list.</summary>
    internal JobEntry? NextInLane { get; set; }

    /// <summary>Gets or sets the handler of the job type, resolved at enqueue.</summary>
    internal JobHandlerDescriptor? Handler { get; set; }

    /// <summary>Gets or sets the connection pool the job takes a connection from, or <see langword="null"/>. Kept here rather
    /// than in <see cref="Details"/>, so that a job with a demand does not allocate the details.</summary>
    internal SlotBudget? Pool { get; set; }

    /// <summary>Gets or sets the runner of the running attempt.</summary>
    internal JobRunner? Runner { get; set; }

    /// <summary>Gets the enqueue time in UTC ticks.</summary>
    internal long EnqueuedTicks { get; }

    /// <summary>Gets or sets when the job last became ready (pending), in UTC ticks: the start of its wait and its ageing.</summary>
    internal long ReadyTicks { get; set; }

    /// <summary>Gets or sets when the last attempt started, in UTC ticks.</summary>
    internal long StartedTicks
    {
        get => _startedTicks;
        set => _startedTicks = value;
    }

    /// <summary>Gets or sets when the job became final, in UTC ticks.</summary>
    internal long CompletedTicks
    {
        get => _completedTicks;
        set => _completedTicks = value;
    }

    /// <summary>Gets or sets the attempts the job may make: its own limit, or the queue's.</summary>
    internal int MaxAttempts { get; set; }

    /// <summary>Gets or sets how many dependencies have not yet reached a state that lets the job run.</summary>
    internal int PendingDependencies { get; set; }

    /// <summary>Gets or sets a value indicating whether cancellation was requested.</summary>
    internal bool CancelRequested { get; set; }

    /// <summary>Gets the token of the running attempt.</summary>
    internal CancellationToken CancellationToken => Runner?.CancellationToken ?? CancellationToken.None;

    /// <summary>Gets the rarely needed parts, or <see langword="null"/> while none was needed.</summary>
    internal JobEntryDetails? Details => _details;

    /// <summary>Gets the rarely needed parts, creating them on first use.</summary>
    internal JobEntryDetails EnsureDetails()
    {
        if (_details is { } details)
        {
            return details;
        }

        Interlocked.CompareExchange(ref _details, new JobEntryDetails(), null);
        return _details;
    }

    internal void ReportActualCost(Money cost)
    {
        var details = EnsureDetails();
        lock (details)
        {
            details.ReportedCost = cost;
            details.HasReportedCost = true;
        }
    }

    internal IReadOnlyList<JobDependencyResult> GetDependencyResults()
    {
        if (_details?.DependencyEntries is not { Length: > 0 } dependencies)
        {
            return [];
        }

        var results = new JobDependencyResult[dependencies.Length];
        for (var i = 0; i < dependencies.Length; i++)
        {
            var dependency = dependencies[i];
            results[i] = new JobDependencyResult
            {
                JobId = dependency.Id,
                JobType = dependency.JobType,
                State = dependency.State,
                Output = dependency.Output,
            };
        }

        return results;
    }
}
