namespace VideoPipeline.Sdk.Queueing.Storage.Internal;

/// <summary>
/// The default <see cref="IJobStore"/>: the live entries in a dictionary by id and one by idempotency key, under one lock
/// held for a dictionary operation (plain dictionaries allocate nothing per job, unlike a concurrent dictionary's nodes).
/// Every operation completes synchronously; <see cref="IJobStore.UpdateAsync"/> has nothing to do, because the stored
/// entry is the one the queue changes. Outlives a stopped queue in the same container, so a restarted queue resumes its jobs.
/// </summary>
internal sealed class InMemoryJobStore : IJobStore
{
    private readonly Dictionary<JobId, JobEntry> _jobs = [];
    private readonly Dictionary<string, JobEntry> _byIdempotencyKey = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _jobs.Count;
            }
        }
    }

    public ValueTask<JobEntry> AddAsync(JobEntry job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        lock (_gate)
        {
            return ValueTask.FromResult(AddLocked(job));
        }
    }

    public ValueTask<IReadOnlyList<JobEntry>> AddAsync(IReadOnlyList<JobEntry> jobs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        lock (_gate)
        {
            foreach (var job in jobs)
            {
                if (_jobs.ContainsKey(job.Id))
                {
                    throw new InvalidOperationException($"The store already has a job with id {job.Id}.");
                }
            }

            var stored = new JobEntry[jobs.Count];
            for (var i = 0; i < jobs.Count; i++)
            {
                stored[i] = AddLocked(jobs[i]);
            }

            return ValueTask.FromResult<IReadOnlyList<JobEntry>>(stored);
        }
    }

    public ValueTask<JobEntry?> GetAsync(JobId jobId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return ValueTask.FromResult(_jobs.GetValueOrDefault(jobId));
        }
    }

    public ValueTask<JobEntry?> GetByIdempotencyKeyAsync(string idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(idempotencyKey);
        lock (_gate)
        {
            return ValueTask.FromResult(_byIdempotencyKey.GetValueOrDefault(idempotencyKey));
        }
    }

    public ValueTask UpdateAsync(JobEntry job, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask RemoveAsync(JobEntry job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        lock (_gate)
        {
            if (_jobs.TryGetValue(job.Id, out var stored) && stored == job)
            {
                _jobs.Remove(job.Id);
            }

            if (job.Options.IdempotencyKey is { } key && _byIdempotencyKey.TryGetValue(key, out var keyed) && keyed == job)
            {
                _byIdempotencyKey.Remove(key);
            }
        }

        return ValueTask.CompletedTask;
    }

    public IAsyncEnumerable<JobEntry> GetUnfinishedAsync(CancellationToken cancellationToken)
    {
        List<JobEntry> unfinished;
        lock (_gate)
        {
            unfinished = [.. _jobs.Values.Where(job => !job.State.IsFinal()).OrderBy(job => job.Id)];
        }

        return unfinished.ToAsyncEnumerable();
    }

    private JobEntry AddLocked(JobEntry job)
    {
        if (job.Options.IdempotencyKey is { } key && _byIdempotencyKey.TryGetValue(key, out var existing))
        {
            return existing;
        }

        if (!_jobs.TryAdd(job.Id, job))
        {
            throw new InvalidOperationException($"The store already has a job with id {job.Id}.");
        }

        if (job.Options.IdempotencyKey is { } newKey)
        {
            _byIdempotencyKey[newKey] = job;
        }

        return job;
    }
}
