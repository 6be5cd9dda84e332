using System.Diagnostics.Metrics;

namespace VideoPipeline.Sdk.Queueing.Diagnostics.Internal;

/// <summary>
/// The Queueing package's instruments, on the <see cref="VideoPipelineDiagnostics.Queueing"/> meter created through
/// <see cref="IMeterFactory"/>. Tag values come from fixed tables or registered job types, so series stay bounded.
/// </summary>
internal sealed class QueueMetrics
{
    internal static readonly string[] PriorityTags = ["urgent", "high", "medium", "low"];
    internal static readonly string[] StateTags = ["pending", "blocked", "scheduled", "running", "succeeded", "failed", "cancelled", "dead_lettered"];
    internal static readonly string[] BudgetKindTags = ["concurrency", "job_type_concurrency", "memory", "cost_per_hour", "connection_pool"];

    private readonly Counter<long> _jobs;
    private readonly Counter<long> _retries;
    private readonly Histogram<double> _waitDuration;
    private readonly Histogram<double> _runDuration;
    private Func<IEnumerable<Measurement<long>>> _depth = static () => [];
    private Func<IEnumerable<Measurement<double>>> _utilization = static () => [];

    public QueueMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(VideoPipelineDiagnostics.Queueing);
        _jobs = meter.CreateCounter<long>(VideoPipelineDiagnostics.QueueJobs, "{job}", "Jobs that reached a final state.");
        _retries = meter.CreateCounter<long>(VideoPipelineDiagnostics.QueueRetries, "{retry}", "Retries scheduled after transient failures.");
        _waitDuration = meter.CreateHistogram<double>(VideoPipelineDiagnostics.QueueWaitDuration, "s", "Time jobs waited between ready and running.");
        _runDuration = meter.CreateHistogram<double>(VideoPipelineDiagnostics.QueueRunDuration, "s", "Time attempts ran.");
        meter.CreateObservableGauge(VideoPipelineDiagnostics.QueueDepth, () => _depth(), "{job}", "Jobs that are not final, by state and priority.");
        meter.CreateObservableGauge(VideoPipelineDiagnostics.QueueBudgetUtilization, () => _utilization(), "1", "Use of each budget divided by its limit.");
    }

    /// <summary>Connects the observable gauges to the scheduler that owns the values.</summary>
    public void Observe(Func<IEnumerable<Measurement<long>>> depth, Func<IEnumerable<Measurement<double>>> utilization)
    {
        _depth = depth;
        _utilization = utilization;
    }

    public void RecordFinal(string jobType, JobPriority priority, JobState state) =>
        _jobs.Add(
            1,
            new(VideoPipelineDiagnostics.JobTypeTag, jobType),
            new(VideoPipelineDiagnostics.JobPriorityTag, PriorityTags[(int)priority]),
            new(VideoPipelineDiagnostics.OutcomeTag, StateTags[(int)state]));

    public void RecordRetry(string jobType) => _retries.Add(1, new KeyValuePair<string, object?>(VideoPipelineDiagnostics.JobTypeTag, jobType));

    public void RecordWait(JobPriority priority, long ticks)
    {
        if (_waitDuration.Enabled)
        {
            _waitDuration.Record(ticks / (double)TimeSpan.TicksPerSecond, new KeyValuePair<string, object?>(VideoPipelineDiagnostics.JobPriorityTag, PriorityTags[(int)priority]));
        }
    }

    public void RecordRun(string jobType, JobState outcome, long ticks)
    {
        if (_runDuration.Enabled)
        {
            _runDuration.Record(
                ticks / (double)TimeSpan.TicksPerSecond,
                new(VideoPipelineDiagnostics.JobTypeTag, jobType),
                new(VideoPipelineDiagnostics.OutcomeTag, StateTags[(int)outcome]));
        }
    }
}
