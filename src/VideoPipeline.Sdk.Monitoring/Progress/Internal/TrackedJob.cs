using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace VideoPipeline.Sdk.Monitoring.Progress.Internal;

/// <summary>
/// A tracked job: its step tree, status, smoothed estimate and subscribers. One lock per job (<see cref="Gate"/>) guards all
/// of it with short critical sections; snapshots are built under it, so every subscriber sees changes in order. The lock is
/// taken before the priors' locks and the tracker's lock is only taken after it is released.
/// </summary>
internal sealed class TrackedJob : IJobProgress
{
    private const double MaxEtaShare = 0.25;
    private const double MinEtaStepSeconds = 1;

    private readonly ProgressTracker _tracker;
    private readonly Dictionary<string, ProgressNode> _stepsByName;
    private readonly ProgressNode[] _steps;
    private readonly DateTimeOffset _startedAt;
    private Channel<JobProgress>[] _subscribers = [];
    private volatile ProgressStatus _status = ProgressStatus.Running;
    private DateTimeOffset? _finishedAt;
    private ProgressError? _error;
    private long _version;
    private double _fraction;
    private bool _hasEstimate;
    private double _remaining50;
    private double _remaining90;
    private DateTimeOffset _estimatedAt;

    public TrackedJob(ProgressTracker tracker, string jobId, IEnumerable<ProgressStepDefinition> steps)
    {
        _tracker = tracker;
        JobId = jobId;
        _startedAt = tracker.TimeProvider.GetUtcNow();
        _stepsByName = new Dictionary<string, ProgressNode>(StringComparer.Ordinal);
        var list = new List<ProgressNode>();
        foreach (var definition in steps)
        {
            if (definition is null)
            {
                throw new ArgumentNullException(nameof(steps), $"Job '{jobId}' has a null step.");
            }

            var node = new ProgressNode(this, parent: null, definition, tracker.Priors.Get(definition.StepType));
            if (!_stepsByName.TryAdd(definition.Name, node))
            {
                throw new ArgumentException($"Job '{jobId}' has two steps named '{definition.Name}'.", nameof(steps));
            }

            list.Add(node);
        }

        if (list.Count == 0)
        {
            throw new ArgumentException($"Job '{jobId}' must have at least one step.", nameof(steps));
        }

        _steps = [.. list];
    }

    public string JobId { get; }

    public Lock Gate { get; } = new();

    public bool IsFinal => _status >= ProgressStatus.Succeeded;

    public ProgressStatus Status => _status;

    public DateTimeOffset Now => _tracker.TimeProvider.GetUtcNow();

    public StepDurationPriors Priors => _tracker.Priors;

    public ProgressMetrics Metrics => _tracker.Metrics;

    public IStepProgress GetStep(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return _stepsByName.TryGetValue(name, out var step)
            ? step
            : throw new KeyNotFoundException($"Job '{JobId}' has no top-level step named '{name}'.");
    }

    public JobProgress GetProgress()
    {
        lock (Gate)
        {
            return SnapshotLocked();
        }
    }

    public bool Cancel()
    {
        lock (Gate)
        {
            if (IsFinal)
            {
                return false;
            }

            FinishLocked(ProgressStatus.Cancelled, error: null);
        }

        OnFinished();
        return true;
    }

    /// <summary>Counts a change and publishes a snapshot to the subscribers, if any (with none it allocates nothing).</summary>
    public void ChangedLocked()
    {
        _version++;
        if (_subscribers.Length != 0)
        {
            var snapshot = SnapshotLocked();
            foreach (var subscriber in _subscribers)
            {
                subscriber.Writer.TryWrite(snapshot);
            }
        }
    }

    /// <summary>Makes the job succeeded when every top-level step has; the caller then publishes with <see cref="ChangedLocked"/>.</summary>
    public bool TrySucceedLocked()
    {
        if (Array.Exists(_steps, step => step.Status != ProgressStatus.Succeeded))
        {
            return false;
        }

        _status = ProgressStatus.Succeeded;
        _finishedAt = Now;
        return true;
    }

    /// <summary>Fails or cancels the job and its unfinished steps, publishes the final snapshot and ends every subscription.</summary>
    public void FinishLocked(ProgressStatus status, ProgressError? error)
    {
        var now = Now;
        foreach (var step in _steps)
        {
            step.FinishLocked(ProgressStatus.Cancelled, now, error: null);
        }

        _status = status;
        _finishedAt = now;
        _error = error;
        ChangedLocked();
    }

    /// <summary>Ends every subscription after the final snapshot and hands the job to the tracker's retention.</summary>
    public void OnFinished()
    {
        DateTimeOffset finishedAt;
        lock (Gate)
        {
            foreach (var subscriber in _subscribers)
            {
                subscriber.Writer.TryComplete();
            }

            _subscribers = [];
            finishedAt = _finishedAt ?? Now;
        }

        _tracker.OnJobFinished(this, finishedAt);
    }

    public IAsyncEnumerable<JobProgress> WatchAsync(int bufferSize, CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<JobProgress>(new BoundedChannelOptions(bufferSize)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
            SingleWriter = true,
        });
        lock (Gate)
        {
            channel.Writer.TryWrite(SnapshotLocked());
            if (IsFinal)
            {
                channel.Writer.TryComplete();
            }
            else
            {
                _subscribers = [.. _subscribers, channel];
            }
        }

        return ReadAsync(channel, cancellationToken);
    }

    private async IAsyncEnumerable<JobProgress> ReadAsync(Channel<JobProgress> channel, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var snapshot in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return snapshot;
            }
        }
        finally
        {
            lock (Gate)
            {
                _subscribers = Array.FindAll(_subscribers, subscriber => subscriber != channel);
            }
        }
    }

    private JobProgress SnapshotLocked()
    {
        var now = Now;
        var steps = new StepProgress[_steps.Length];
        double weighted = 0, weights = 0;
        var cost = Money.Zero;
        for (var i = 0; i < steps.Length; i++)
        {
            var step = steps[i] = _steps[i].SnapshotLocked(now);
            weighted += step.Weight * step.Fraction;
            weights += step.Weight;
            cost += step.Cost;
        }

        _fraction = _status == ProgressStatus.Succeeded ? 1 : Math.Min(1, Math.Max(_fraction, weighted / weights));
        EstimateLocked(now);
        return new JobProgress
        {
            JobId = JobId,
            Version = _version,
            Timestamp = now,
            Status = _status,
            Fraction = _fraction,
            StartedAt = _startedAt,
            FinishedAt = _finishedAt,
            Elapsed = (_finishedAt ?? now) - _startedAt,
            RemainingP50 = TimeSpan.FromSeconds(_remaining50),
            RemainingP90 = TimeSpan.FromSeconds(_remaining90),
            Cost = cost,
            Steps = steps,
            Error = _error,
        };
    }

    /// <summary>
    /// Moves the smoothed estimate toward the raw one by the rule documented on <see cref="IProgressTracker"/>: the expected
    /// remaining time is the previous one minus the time since, and the correction is at most
    /// <c>max(1 s, 25% of the previous remaining time) × min(1, Δt / 1 s)</c>.
    /// </summary>
    private void EstimateLocked(DateTimeOffset now)
    {
        if (IsFinal)
        {
            (_remaining50, _remaining90, _hasEstimate, _estimatedAt) = (0, 0, true, now);
            return;
        }

        double raw50 = 0, raw90 = 0;
        foreach (var step in _steps)
        {
            step.EstimateRemainingLocked(now, ref raw50, ref raw90);
        }

        if (_hasEstimate)
        {
            var elapsed = Math.Max(0, (now - _estimatedAt).TotalSeconds);
            _remaining50 = Smooth(_remaining50, raw50, elapsed);
            _remaining90 = Math.Max(_remaining50, Smooth(_remaining90, raw90, elapsed));
        }
        else
        {
            (_remaining50, _remaining90) = (raw50, Math.Max(raw50, raw90));
        }

        _hasEstimate = true;
        _estimatedAt = now;
    }

    private static double Smooth(double previous, double raw, double elapsedSeconds)
    {
        var expected = Math.Max(0, previous - elapsedSeconds);
        var limit = MaxEtaChange(previous, elapsedSeconds);
        return Math.Max(0, Math.Clamp(raw, expected - limit, expected + limit));
    }

    /// <summary>The most the estimated completion time may move between two snapshots <paramref name="elapsedSeconds"/> apart.</summary>
    private static double MaxEtaChange(double previousRemainingSeconds, double elapsedSeconds) =>
        Math.Max(MinEtaStepSeconds, MaxEtaShare * previousRemainingSeconds) * Math.Min(1, elapsedSeconds / MinEtaStepSeconds);
}
