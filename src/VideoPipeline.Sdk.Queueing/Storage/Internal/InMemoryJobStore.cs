using System.Collections.Concurrent;

namespace VideoPipeline.Sdk.Queueing.Storage.Internal;

/// <summary>
/// The default <see cref="IJobStore"/>: the live entries in concurrent dictionaries, by id and by idempotency key. Every
/// operation completes synchronously; <see cref="IJobStore.UpdateAsync"/> has nothing to do, because the stored entry is the
/// one the queue changes. Outlives a stopped queue in the same container, so a restarted queue resumes its jobs.
/// </summary>
internal sealed class InMemoryJobStore : IJobStore
{
    private readonly ConcurrentDictionary<JobId, JobEntry> _jobs = new();
    private readonly ConcurrentDictionary<string, JobEntry> _byIdempotencyKey = new(StringComparer.Ordinal);
    private readonly Lock _batchGate = new();

    public int Count => _jobs.Count;

    public ValueTask<JobEntry> AddAsync(JobEntry job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (job.Options.IdempotencyKey is { } key)
        {
            lock (_batchGate)
            {
                return ValueTask.FromResult(AddWithKey(job, key));
            }
        }

        if (!_jobs.TryAdd(job.Id, job))
        {
            throw new InvalidOperationException($"The store already has a job with id {job.Id}.");
        }

        return ValueTask.FromResult(job);
    }

    public ValueTask<IReadOnlyList<JobEntry>> AddAsync(IReadOnlyList<JobEntry> jobs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        lock (_batchGate)
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
                var job = jobs[i];
                if (job.Options.IdempotencyKey is { } key)
                {
                    stored[i] = AddWithKey(job, key);
                }
                else
                {
                    _jobs[job.Id] = job;
                    stored[i] = job;
                }
            }

            return ValueTask.FromResult<IReadOnlyList<JobEntry>>(stored);
        }
    }

    public ValueTask<JobEntry?> GetAsync(JobId jobId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_jobs.GetValueOrDefault(jobId));

    public ValueTask<JobEntry?> GetByIdempotencyKeyAsync(string idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(idempotencyKey);
        return ValueTask.FromResult(_byIdempotencyKey.GetValueOrDefault(idempotencyKey));
    }

    public ValueTask UpdateAsync(JobEntry job, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask RemoveAsync(JobEntry job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        _jobs.TryRemove(new KeyValuePair<JobId, JobEntry>(job.Id, job));
        if (job.Options.IdempotencyKey is { } key)
        {
            _byIdempotencyKey.TryRemove(new KeyValuePair<string, JobEntry>(key, job));
        }

        return ValueTask.CompletedTask;
    }

    public IAsyncEnumerable<JobEntry> GetUnfinishedAsync(CancellationToken cancellationToken) =>
        _jobs.Values.Where(job => !job.State.IsFinal()).OrderBy(job => job.Id).ToAsyncEnumerable();

    private JobEntry AddWithKey(JobEntry job, string key)
    {
        if (_byIdempotencyKey.TryGetValue(key, out var existing))
        {
            return existing;
        }

        if (!_jobs.TryAdd(job.Id, job))
        {
            throw new InvalidOperationException($"The store already has a job with id {job.Id}.");
        }

        _byIdempotencyKey[key] = job;
        return job;
    }
}
