using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Options;

namespace VideoPipeline.Sdk.Monitoring.Progress.Internal;

/// <summary>
/// The <see cref="IProgressTracker"/>: jobs by id in a concurrent dictionary, each guarded by its own lock; finished jobs
/// in a queue by finishing order under the tracker's lock, which is never held while a job's lock is taken. Retention is
/// enforced lazily, on every call that looks jobs up and whenever a job finishes, so no timer runs.
/// </summary>
internal sealed class ProgressTracker : IProgressTracker
{
    private readonly ConcurrentDictionary<string, TrackedJob> _jobs = new(StringComparer.Ordinal);
    private readonly Queue<(TrackedJob Job, DateTimeOffset FinishedAt)> _finished = new();
    private readonly Lock _gate = new();
    private readonly ProgressTrackingOptions _options;
    private int _active;

    public ProgressTracker(IOptions<MonitoringOptions> options, TimeProvider timeProvider, IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _options = options.Value.Progress;
        TimeProvider = timeProvider;
        Priors = new StepDurationPriors(_options);
        Metrics = new ProgressMetrics(meterFactory);
    }

    public TimeProvider TimeProvider { get; }

    public StepDurationPriors Priors { get; }

    public ProgressMetrics Metrics { get; }

    public IJobProgress StartJob(string jobId, IEnumerable<ProgressStepDefinition> steps)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(jobId);
        ArgumentNullException.ThrowIfNull(steps);
        var job = new TrackedJob(this, jobId, steps);
        lock (_gate)
        {
            PruneLocked();
            if (_jobs.TryGetValue(jobId, out var existing) && !existing.IsFinal)
            {
                throw new ArgumentException($"Job '{jobId}' is already being tracked and has not finished.", nameof(jobId));
            }

            if (_active >= _options.MaxActiveJobs)
            {
                throw new InvalidOperationException(
                    $"{_active} jobs are being tracked and none has finished; {MonitoringOptions.SectionName}:Progress:{nameof(ProgressTrackingOptions.MaxActiveJobs)} is {_options.MaxActiveJobs}. Complete, fail or cancel jobs, or raise the limit.");
            }

            _jobs[jobId] = job;
            _active++;
        }

        return job;
    }

    public JobProgress? GetProgress(string jobId) => Find(jobId)?.GetProgress();

    public IAsyncEnumerable<JobProgress> WatchAsync(string jobId, CancellationToken cancellationToken = default)
    {
        var job = Find(jobId) ?? throw new KeyNotFoundException($"Job '{jobId}' is not tracked: it was never started or was forgotten after its retention.");
        return job.WatchAsync(_options.SubscriberBufferSize, cancellationToken);
    }

    public void OnJobFinished(TrackedJob job, DateTimeOffset finishedAt)
    {
        lock (_gate)
        {
            _active--;
            _finished.Enqueue((job, finishedAt));
            PruneLocked();
        }
    }

    private TrackedJob? Find(string jobId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(jobId);
        lock (_gate)
        {
            PruneLocked();
        }

        return _jobs.TryGetValue(jobId, out var job) ? job : null;
    }

    private void PruneLocked()
    {
        var expired = TimeProvider.GetUtcNow() - _options.FinishedJobRetention;
        while (_finished.TryPeek(out var oldest) && (_finished.Count > _options.MaxFinishedJobs || oldest.FinishedAt <= expired))
        {
            _finished.Dequeue();
            _jobs.TryRemove(new KeyValuePair<string, TrackedJob>(oldest.Job.JobId, oldest.Job));
        }
    }
}
