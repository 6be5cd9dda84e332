using System.Diagnostics.Metrics;
using VideoPipeline.Sdk.Queueing.Diagnostics.Internal;

namespace VideoPipeline.Sdk.Queueing.Scheduling.Internal;

/// <summary>The scheduler's statistics: a consistent snapshot read under the lock, without allocating.</summary>
internal sealed partial class JobScheduler
{
    public int BudgetCount => _budgets.Count + 1;

    public QueueStatistics GetStatistics()
    {
        lock (_gate)
        {
            var now = NowTicks;
            var windowSeconds = Math.Max(1e-3, Math.Min(_options.StatisticsWindow.Ticks, now - _startTicks) / (double)TimeSpan.TicksPerSecond);
            var finals = _finals.Sum(now);
            var attempts = _attempts.Sum(now);
            return new QueueStatistics
            {
                Pending = CountsOf(JobState.Pending),
                Blocked = CountsOf(JobState.Blocked),
                Scheduled = CountsOf(JobState.Scheduled),
                Running = CountsOf(JobState.Running),
                TotalEnqueued = _totalEnqueued,
                TotalSucceeded = _totalSucceeded,
                TotalFailed = _totalFailed,
                TotalCancelled = _totalCancelled,
                TotalDeadLettered = _totalDeadLettered,
                TotalRetries = _totalRetries,
                WaitTime = _waitTimes.GetPercentiles(now),
                RunTime = _runTimes.GetPercentiles(now),
                Throughput = finals / windowSeconds,
                SuccessRate = finals == 0 ? 1 : _successes.Sum(now) / (double)finals,
                RetryRate = attempts == 0 ? 0 : Math.Min(1, _retryCounter.Sum(now) / (double)attempts),
                BudgetCount = BudgetCount,
            };
        }
    }

    public int CopyBudgetUtilization(Span<BudgetUtilization> destination)
    {
        lock (_gate)
        {
            if (destination.IsEmpty)
            {
                return 0;
            }

            var now = NowTicks;
            destination[0] = new BudgetUtilization
            {
                Kind = BudgetKind.Concurrency,
                InUse = _running,
                Limit = _options.MaxConcurrency,
                Waiting = _ready.Count,
            };
            var written = 1;
            foreach (var budget in _budgets)
            {
                if (written == destination.Length)
                {
                    break;
                }

                destination[written++] = budget.GetUtilization(now);
            }

            return written;
        }
    }

    private JobCountsByPriority CountsOf(JobState state) => new()
    {
        Urgent = _depth[(int)state, (int)JobPriority.Urgent],
        High = _depth[(int)state, (int)JobPriority.High],
        Medium = _depth[(int)state, (int)JobPriority.Medium],
        Low = _depth[(int)state, (int)JobPriority.Low],
    };

    private IEnumerable<Measurement<long>> ObserveDepth()
    {
        var measurements = new List<Measurement<long>>(StateCount * LaneCount);
        lock (_gate)
        {
            for (var state = 0; state < StateCount; state++)
            {
                for (var lane = 0; lane < LaneCount; lane++)
                {
                    measurements.Add(new Measurement<long>(
                        _depth[state, lane],
                        new(VideoPipelineDiagnostics.JobStateTag, QueueMetrics.StateTags[state]),
                        new(VideoPipelineDiagnostics.JobPriorityTag, QueueMetrics.PriorityTags[lane])));
                }
            }
        }

        return measurements;
    }

    private IEnumerable<Measurement<double>> ObserveUtilization()
    {
        var budgets = new BudgetUtilization[BudgetCount];
        var count = CopyBudgetUtilization(budgets);
        var measurements = new List<Measurement<double>>(count);
        for (var i = 0; i < count; i++)
        {
            measurements.Add(new Measurement<double>(
                budgets[i].Utilization,
                new(VideoPipelineDiagnostics.BudgetKindTag, QueueMetrics.BudgetKindTags[(int)budgets[i].Kind]),
                new(VideoPipelineDiagnostics.BudgetNameTag, budgets[i].Name ?? string.Empty)));
        }

        return measurements;
    }
}
