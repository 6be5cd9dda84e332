namespace VideoPipeline.Sdk.Monitoring.Progress.Internal;

/// <summary>
/// One step or sub-step of a <see cref="TrackedJob"/>. Every field is guarded by the job's lock (<see cref="TrackedJob.Gate"/>),
/// so a job's tree changes and is read atomically; reporting takes the lock once and allocates nothing unless the job has
/// subscribers.
/// </summary>
internal sealed class ProgressNode : IStepProgress
{
    private readonly TrackedJob _job;
    private readonly ProgressNode? _parent;
    private readonly ProgressStepDefinition _definition;
    private readonly StepDurationPrior _prior;
    private List<ProgressNode>? _children;
    private double _reported;
    private double _shown;
    private Money _cost;
    private TimeSpan _cpuTime;
    private long _peakMemoryBytes;
    private DateTimeOffset? _startedAt;
    private DateTimeOffset? _finishedAt;
    private ProgressError? _error;

    public ProgressNode(TrackedJob job, ProgressNode? parent, ProgressStepDefinition definition, StepDurationPrior prior)
    {
        _job = job;
        _parent = parent;
        _definition = definition;
        _prior = prior;
    }

    public string Name => _definition.Name;

    public double Weight => _definition.Weight;

    public ProgressStatus Status { get; private set; }

    public bool IsFinal => Status >= ProgressStatus.Succeeded;

    public void Start()
    {
        lock (_job.Gate)
        {
            ThrowIfFinalLocked();
            if (Status == ProgressStatus.Pending)
            {
                StartLocked();
                _job.ChangedLocked();
            }
        }
    }

    public void Report(double fraction)
    {
        if (!(fraction is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(fraction), fraction, $"The fraction of step '{Name}' must be between 0 and 1.");
        }

        ReportFraction(fraction);
    }

    public void Report(long completedUnits, long totalUnits)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(totalUnits);
        ArgumentOutOfRangeException.ThrowIfNegative(completedUnits);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(completedUnits, totalUnits);
        ReportFraction((double)completedUnits / totalUnits);
    }

    public void AddCost(Money cost)
    {
        if (cost.IsNegative)
        {
            throw new ArgumentOutOfRangeException(nameof(cost), cost, $"The cost added to step '{Name}' must not be negative.");
        }

        lock (_job.Gate)
        {
            ThrowIfFinalLocked();
            StartLocked();
            _cost += cost;
            _job.ChangedLocked();
        }
    }

    public void AddResourceUsage(TimeSpan cpuTime, long memoryBytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(cpuTime, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfNegative(memoryBytes);
        lock (_job.Gate)
        {
            ThrowIfFinalLocked();
            StartLocked();
            _cpuTime += cpuTime;
            _peakMemoryBytes = Math.Max(_peakMemoryBytes, memoryBytes);
            _job.ChangedLocked();
        }
    }

    public IStepProgress AddSubStep(ProgressStepDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var prior = _job.Priors.Get(definition.StepType);
        lock (_job.Gate)
        {
            ThrowIfFinalLocked();
            _children ??= [];
            if (_children.Exists(child => child.Name == definition.Name))
            {
                throw new ArgumentException($"Step '{Name}' of job '{_job.JobId}' already has a sub-step named '{definition.Name}'.", nameof(definition));
            }

            var child = new ProgressNode(_job, this, definition, prior);
            _children.Add(child);
            _job.ChangedLocked();
            return child;
        }
    }

    public void Complete()
    {
        bool jobFinished;
        lock (_job.Gate)
        {
            ThrowIfFinalLocked();
            var now = _job.Now;
            _parent?.StartLocked();
            FinishLocked(ProgressStatus.Succeeded, now, error: null);
            jobFinished = _parent is null && _job.TrySucceedLocked();
            _job.ChangedLocked();
        }

        if (jobFinished)
        {
            _job.OnFinished();
        }
    }

    public void Fail(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var error = ProgressErrorAdvisor.Describe(exception);
        lock (_job.Gate)
        {
            ThrowIfFinalLocked();
            var now = _job.Now;
            for (var node = this; node is not null; node = node._parent)
            {
                node.FinishLocked(ProgressStatus.Failed, now, error);
            }

            _job.FinishLocked(ProgressStatus.Failed, error);
        }

        _job.OnFinished();
    }

    /// <summary>Ends the step and its unfinished sub-steps: the sub-steps end succeeded with a success, cancelled otherwise.</summary>
    public void FinishLocked(ProgressStatus status, DateTimeOffset now, ProgressError? error)
    {
        if (IsFinal)
        {
            return;
        }

        if (_children is not null)
        {
            foreach (var child in _children)
            {
                child.FinishLocked(status == ProgressStatus.Succeeded ? status : ProgressStatus.Cancelled, now, error: null);
            }
        }

        Status = status;
        _finishedAt = now;
        _error = error;
        if (status == ProgressStatus.Succeeded)
        {
            _reported = 1;
        }

        if (_startedAt is { } startedAt)
        {
            var duration = now - startedAt;
            if (status == ProgressStatus.Succeeded)
            {
                _prior.Observe(duration);
            }

            _job.Metrics.RecordStepDuration(duration, _prior.Tag, status switch
            {
                ProgressStatus.Succeeded => ProgressMetrics.Success,
                ProgressStatus.Failed => ProgressMetrics.Failure,
                _ => ProgressMetrics.Cancelled,
            });
        }
    }

    /// <summary>Computes the fraction (never below the last one computed), and the step's snapshot.</summary>
    public StepProgress SnapshotLocked(DateTimeOffset now)
    {
        IReadOnlyList<StepProgress> subSteps = [];
        var fraction = _reported;
        var cost = _cost;
        var cpuTime = _cpuTime;
        var peakMemory = _peakMemoryBytes;
        if (_children is { Count: > 0 })
        {
            var snapshots = new StepProgress[_children.Count];
            double weighted = 0, weights = 0;
            for (var i = 0; i < snapshots.Length; i++)
            {
                var child = snapshots[i] = _children[i].SnapshotLocked(now);
                weighted += child.Weight * child.Fraction;
                weights += child.Weight;
                cost += child.Cost;
                cpuTime += child.CpuTime;
                peakMemory = Math.Max(peakMemory, child.PeakMemoryBytes);
            }

            fraction = Math.Max(fraction, weighted / weights);
            subSteps = snapshots;
        }

        _shown = Math.Min(1, Math.Max(_shown, fraction));
        return new StepProgress
        {
            Name = Name,
            StepType = _definition.StepType,
            Weight = Weight,
            Status = Status,
            Fraction = _shown,
            StartedAt = _startedAt,
            FinishedAt = _finishedAt,
            Duration = _startedAt is { } startedAt ? (_finishedAt ?? now) - startedAt : TimeSpan.Zero,
            Cost = cost,
            CpuTime = cpuTime,
            PeakMemoryBytes = peakMemory,
            Error = _error,
            SubSteps = subSteps,
        };
    }

    /// <summary>
    /// Estimates the seconds the step still needs (see <see cref="IProgressTracker"/>), from the fraction of the last
    /// <see cref="SnapshotLocked"/>.
    /// </summary>
    public void EstimateRemainingLocked(DateTimeOffset now, ref double p50, ref double p90)
    {
        if (IsFinal)
        {
            return;
        }

        if (_children is { Count: > 0 })
        {
            foreach (var child in _children)
            {
                child.EstimateRemainingLocked(now, ref p50, ref p90);
            }

            return;
        }

        _prior.Estimate(out var prior50, out var prior90);
        if (_startedAt is not { } startedAt)
        {
            p50 += prior50;
            p90 += prior90;
            return;
        }

        var f = _shown;
        var elapsed = Math.Max(0, (now - startedAt).TotalSeconds);
        var remaining50 = (1 - f) * (((1 - f) * prior50) + elapsed);
        p50 += remaining50;
        p90 += remaining50 * (1 + (((prior90 / prior50) - 1) * (1 - f)));
    }

    private void ReportFraction(double fraction)
    {
        lock (_job.Gate)
        {
            ThrowIfFinalLocked();
            StartLocked();
            _reported = Math.Max(_reported, fraction);
            _job.ChangedLocked();
        }
    }

    /// <summary>Starts the step and its pending parents; does nothing to a running step.</summary>
    private void StartLocked()
    {
        if (Status != ProgressStatus.Pending)
        {
            return;
        }

        var now = _job.Now;
        for (var node = this; node is { Status: ProgressStatus.Pending }; node = node._parent)
        {
            node.Status = ProgressStatus.Running;
            node._startedAt = now;
        }
    }

    private void ThrowIfFinalLocked()
    {
        if (IsFinal || _job.IsFinal)
        {
            throw new InvalidOperationException(
                $"Step '{Name}' of job '{_job.JobId}' is {(IsFinal ? Status : _job.Status).ToString().ToLowerInvariant()}; a finished step cannot change.");
        }
    }
}
