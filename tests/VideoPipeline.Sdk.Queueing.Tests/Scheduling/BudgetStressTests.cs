using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace VideoPipeline.Sdk.Queueing.Tests.Scheduling;

/// <summary>
/// A seeded, randomized run of 200,000 jobs through a queue with every budget configured: five job types (three with a
/// per-type limit), four priorities, random memory, estimated cost and connection-pool demands, standalone jobs, jobs that
/// depend on earlier jobs by id, graphs of two to six nodes (some edges <see cref="DependencyFailureBehavior.RunAnyway"/>),
/// transient failures retried at once, transient failures dead-lettered, permanent failures, and cancellations while the
/// queue runs. Two producers enqueue concurrently with the runners. Handlers count what runs at once, under a lock, and the
/// test asserts that no budget was ever exceeded, that every job ended in the state its plan implies, that dependents
/// started only after their dependencies, and that the statistics add up. Real time: retries have no delay, so nothing sleeps.
/// </summary>
public sealed class BudgetStressTests(ITestOutputHelper output)
{
    private static readonly int Seed = int.TryParse(Environment.GetEnvironmentVariable("STRESS_SEED"), out var seed) ? seed : 20_261_124;
    private const int JobCount = 200_000;
    private const int Producers = 2;
    private const int MaxConcurrency = 8;
    private const long MemoryBudgetMegabytes = 2_048;
    private const decimal CostPerHourBudgetUsd = 12m;

    private static readonly string[] JobTypes = ["script", "image", "clip", "narrate", "compose"];

    private static readonly Dictionary<string, int> TypeLimits = new(StringComparer.Ordinal)
    {
        ["image"] = 3,
        ["clip"] = 2,
        ["narrate"] = 4,
    };

    private static readonly Dictionary<string, int> PoolSizes = new(StringComparer.Ordinal)
    {
        ["openai"] = 3,
        ["runway"] = 2,
    };

    private enum Failure
    {
        None,
        TransientOnce,
        TransientAlways,
        Permanent,
    }

    [Fact]
    public async Task BudgetStress_RandomJobsGraphsFailuresAndCancellations_NoBudgetExceededAndEveryJobFinal()
    {
        var plan = Plan.Create(new Random(Seed));
        var tracker = new Tracker(plan.Jobs.Count);
        await using var host = await QueueHost.StartAsync(builder =>
        {
            builder.Services.AddSingleton(tracker);
            builder.AddQueueing(options =>
            {
                options.MaxConcurrency = MaxConcurrency;
                foreach (var (type, limit) in TypeLimits)
                {
                    options.MaxConcurrencyPerJobType[type] = limit;
                }

                foreach (var (pool, size) in PoolSizes)
                {
                    options.ConnectionPools[pool] = size;
                }

                options.MemoryBudgetMegabytes = MemoryBudgetMegabytes;
                options.CostPerHourBudgetUsd = CostPerHourBudgetUsd;
                options.AgeingInterval = TimeSpan.FromMilliseconds(5);
                options.Retry.BaseDelay = TimeSpan.Zero;
                options.MaxRetainedJobs = 2 * JobCount;
            });
            foreach (var type in JobTypes)
            {
                builder.AddJobHandler<StressJob, StressHandler>(type);
            }
        });
        tracker.Queue = host.Queue;
        var started = TimeProvider.System.GetTimestamp();

        var ids = new JobId[plan.Jobs.Count];
        var cancelled = new bool[plan.Jobs.Count];
        await Task.WhenAll(Enumerable.Range(0, Producers).Select(producer => Task.Run(() => ProduceAsync(host.Queue, plan, producer, ids, cancelled))));
        var enqueued = TimeProvider.System.GetElapsedTime(started);

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        var finals = new JobSnapshot[plan.Jobs.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            finals[i] = await host.Queue.WaitForCompletionAsync(ids[i], timeout.Token);
        }

        var elapsed = TimeProvider.System.GetElapsedTime(started);
        var statistics = host.Queue.GetStatistics();
        output.WriteLine($"{plan.Jobs.Count} jobs ({plan.GraphCount} graphs, {plan.EdgeCount} edges, {cancelled.Count(c => c)} cancelled by the test) enqueued in {enqueued.TotalSeconds:F2} s, all final in {elapsed.TotalSeconds:F2} s");
        output.WriteLine($"statistics: succeeded {statistics.TotalSucceeded}, failed {statistics.TotalFailed}, cancelled {statistics.TotalCancelled}, dead-lettered {statistics.TotalDeadLettered}, retries {statistics.TotalRetries}");
        output.WriteLine($"maxima seen by handlers: running {tracker.MaxRunning}/{MaxConcurrency}, memory {tracker.MaxMemory}/{MemoryBudgetMegabytes} MB, cost {tracker.MaxCost}/{CostPerHourBudgetUsd} USD, "
            + string.Join(", ", TypeLimits.Keys.Select(type => $"{type} {tracker.MaxOfType(type)}/{TypeLimits[type]}"))
            + ", " + string.Join(", ", PoolSizes.Keys.Select(pool => $"{pool} {tracker.MaxOfPool(pool)}/{PoolSizes[pool]}"))
            + $"; {tracker.Samples} utilisation samples");

        // No budget was ever exceeded, as the handlers saw it and as the scheduler reported it.
        Assert.Empty(tracker.Violations);
        Assert.InRange(tracker.MaxRunning, 2, MaxConcurrency);
        Assert.InRange(tracker.MaxMemory, 1, MemoryBudgetMegabytes);
        Assert.InRange(tracker.MaxCost, 0.01m, CostPerHourBudgetUsd);
        foreach (var (type, limit) in TypeLimits)
        {
            Assert.InRange(tracker.MaxOfType(type), 1, limit);
        }

        foreach (var (pool, size) in PoolSizes)
        {
            Assert.InRange(tracker.MaxOfPool(pool), 1, size);
        }

        Assert.True(tracker.Samples > 0, "The handlers took no utilisation sample.");

        // Every job ended in the state its plan implies, after the attempts it implies.
        var expected = plan.ExpectedStates(cancelled);
        var mismatches = new List<string>();
        for (var i = 0; i < finals.Length; i++)
        {
            var job = plan.Jobs[i];
            var attempts = expected[i] switch
            {
                JobState.Cancelled => -1,
                JobState.Succeeded => job.Failure == Failure.TransientOnce ? 2 : 1,
                JobState.DeadLettered => 2,
                _ => 1,
            };
            if (finals[i].State != expected[i] || (attempts >= 0 && finals[i].AttemptCount != attempts))
            {
                mismatches.Add($"job {i} ({job.Type}, {job.Failure}, deps [{string.Join(", ", job.Dependencies)}]): expected {expected[i]} after {attempts} attempts, got {finals[i].State} after {finals[i].AttemptCount}");
            }
        }

        Assert.True(mismatches.Count == 0, $"{mismatches.Count} jobs ended wrongly, first: {string.Join(Environment.NewLine, mismatches.Take(10))}");

        // The statistics add up, and nothing is left waiting or running.
        Assert.Equal(0, statistics.Pending.Total);
        Assert.Equal(0, statistics.Blocked.Total);
        Assert.Equal(0, statistics.Scheduled.Total);
        Assert.Equal(0, statistics.Running.Total);
        Assert.Equal(plan.Jobs.Count, statistics.TotalEnqueued);
        Assert.Equal(statistics.TotalEnqueued, statistics.TotalSucceeded + statistics.TotalFailed + statistics.TotalCancelled + statistics.TotalDeadLettered);
        Assert.Equal(expected.Count(state => state == JobState.Succeeded), statistics.TotalSucceeded);
        Assert.Equal(expected.Count(state => state == JobState.Failed), statistics.TotalFailed);
        Assert.Equal(expected.Count(state => state == JobState.Cancelled), statistics.TotalCancelled);
        Assert.Equal(expected.Count(state => state == JobState.DeadLettered), statistics.TotalDeadLettered);
        var utilization = new BudgetUtilization[statistics.BudgetCount];
        var count = host.Queue.CopyBudgetUtilization(utilization);
        Assert.All(utilization[..count], budget => Assert.True(budget.InUse == 0, $"{budget.Kind} {budget.Name} still holds {budget.InUse}"));
        Assert.All(utilization[..count], budget => Assert.Equal(0, budget.Waiting));
    }

    /// <summary>
    /// The case the stress test found: a job that fits both the memory and the money budget, while a better job waits for
    /// each of them, made the scheduler move it from one wait list to the other forever, under its lock. It must wait its
    /// turn instead, and run once the better jobs have started.
    /// </summary>
    [Fact]
    public async Task BudgetStress_JobFitsTwoBudgetsEachWithABetterJobWaiting_WaitsBehindThemInsteadOfSpinning()
    {
        var gate = new Gate();
        await using var host = await QueueHost.StartAsync(builder =>
        {
            builder.Services.AddSingleton(gate);
            builder.AddQueueing(options =>
            {
                options.MemoryBudgetMegabytes = 100;
                options.CostPerHourBudgetUsd = 10m;
            });
            builder.AddJobHandler<string, GatedHandler>("gated");
            builder.AddJobHandler<string, QuickHandler>("quick");
        });
        var queue = host.Queue;
        JobOptions Demand(JobPriority priority, int megabytes, decimal usd) => new()
        {
            Priority = priority,
            Demand = new JobResourceDemand { MemoryMegabytes = megabytes, EstimatedCost = Money.FromUsd(usd) },
        };

        var holder = await queue.EnqueueAsync("gated", "holder", Demand(JobPriority.Urgent, 60, 6m));
        await gate.Started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var bigMemory = await queue.EnqueueAsync("quick", "big-memory", Demand(JobPriority.High, 60, 0m));
        var bigCost = await queue.EnqueueAsync("quick", "big-cost", Demand(JobPriority.High, 0, 6m));
        var small = await queue.EnqueueAsync("quick", "small", Demand(JobPriority.Low, 10, 1m)).AsTask().WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(JobState.Pending, (await queue.GetAsync(small))!.State);
        Assert.Equal(JobState.Pending, (await queue.GetAsync(bigMemory))!.State);
        Assert.Equal(JobState.Pending, (await queue.GetAsync(bigCost))!.State);
        gate.Release.SetResult();
        foreach (var id in new[] { holder, bigMemory, bigCost, small })
        {
            Assert.Equal(JobState.Succeeded, (await queue.WaitForCompletionAsync(id).AsTask().WaitAsync(TimeSpan.FromSeconds(10))).State);
        }
    }

    private static async Task ProduceAsync(IJobQueue queue, Plan plan, int producer, JobId[] ids, bool[] cancelled)
    {
        foreach (var unit in plan.Units)
        {
            if (unit.Producer != producer)
            {
                continue;
            }

            if (unit.Nodes.Length == 1 && !unit.IsGraph)
            {
                var job = plan.Jobs[unit.Nodes[0]];
                ids[job.Index] = await queue.EnqueueAsync(job.Type, job, job.CreateOptions(dependency => ids[dependency]));
            }
            else
            {
                var graph = new JobGraph();
                foreach (var index in unit.Nodes)
                {
                    var job = plan.Jobs[index];
                    graph.Add(NodeName(index), job.Type, job, job.CreateOptions(dependency => unit.Nodes.Contains(dependency) ? (JobDependency)NodeName(dependency) : ids[dependency]));
                }

                var named = await queue.EnqueueGraphAsync(graph);
                foreach (var index in unit.Nodes)
                {
                    ids[index] = named[NodeName(index)];
                }
            }

            foreach (var target in unit.CancelAfterEnqueue)
            {
                cancelled[target] |= await queue.CancelAsync(ids[target]);
            }
        }
    }

    private static string NodeName(int index) => $"n{index}";

    /// <summary>One job of the plan; also its payload, so the handler knows what it demands and how it should end.</summary>
    private sealed record StressJob(int Index, string Type, JobPriority Priority, int MemoryMegabytes, string? Pool, decimal Cost, Failure Failure, bool Async, int[] Dependencies, bool[] RunAnyway)
    {
        public JobOptions CreateOptions(Func<int, JobDependency> edge) => new()
        {
            Priority = Priority,
            DependsOn = [.. Dependencies.Select((dependency, i) => RunAnyway[i] ? edge(dependency).RunAnyway() : edge(dependency))],
            Demand = new JobResourceDemand { MemoryMegabytes = MemoryMegabytes, EstimatedCost = Money.FromUsd(Cost), ConnectionPool = Pool },
            MaxAttempts = Failure is Failure.TransientOnce or Failure.TransientAlways ? 2 : null,
        };
    }

    /// <summary>What one producer enqueues in one call: a job, or a graph; and which jobs it cancels right after.</summary>
    private sealed record Unit(int Producer, bool IsGraph, int[] Nodes, int[] CancelAfterEnqueue);

    private sealed class Plan
    {
        public List<StressJob> Jobs { get; } = [];

        public List<Unit> Units { get; } = [];

        public int GraphCount => Units.Count(unit => unit.IsGraph);

        public int EdgeCount => Jobs.Sum(job => job.Dependencies.Length);

        public static Plan Create(Random random)
        {
            var plan = new Plan();
            var standaloneByProducer = new List<int>[Producers];
            var allByProducer = new List<int>[Producers];
            for (var p = 0; p < Producers; p++)
            {
                standaloneByProducer[p] = [];
                allByProducer[p] = [];
            }

            while (plan.Jobs.Count < JobCount)
            {
                var producer = plan.Units.Count % Producers;
                var standalone = standaloneByProducer[producer];
                var kind = random.NextDouble();
                int[] nodes;
                var isGraph = false;
                if (kind < 0.6 || standalone.Count < 10)
                {
                    nodes = [plan.Add(random, [], [])];
                    standalone.Add(nodes[0]);
                }
                else if (kind < 0.7)
                {
                    // A job that depends on one or two earlier jobs of the same producer, by id.
                    var dependencies = PickDistinct(random, standalone, random.Next(1, 3));
                    nodes = [plan.Add(random, dependencies, RandomEdges(random, dependencies.Length))];
                }
                else
                {
                    isGraph = true;
                    var size = random.Next(2, 7);
                    nodes = new int[size];
                    for (var k = 0; k < size; k++)
                    {
                        int[] dependencies;
                        if (k == 0)
                        {
                            // Some graphs hang off a job enqueued earlier.
                            dependencies = random.NextDouble() < 0.1 ? PickDistinct(random, standalone, 1) : [];
                        }
                        else
                        {
                            var inGraph = nodes[..k];
                            dependencies = PickDistinct(random, [.. inGraph], random.Next(1, Math.Min(k, 2) + 1));
                        }

                        nodes[k] = plan.Add(random, dependencies, RandomEdges(random, dependencies.Length));
                    }
                }

                allByProducer[producer].AddRange(nodes);
                var cancel = new List<int>();
                if (random.NextDouble() < 0.004)
                {
                    cancel.Add(nodes[random.Next(nodes.Length)]);
                }

                if (random.NextDouble() < 0.002)
                {
                    var earlier = allByProducer[producer];
                    cancel.Add(earlier[random.Next(Math.Max(0, earlier.Count - 2_000), earlier.Count)]);
                }

                plan.Units.Add(new Unit(producer, isGraph, nodes, [.. cancel]));
            }

            return plan;
        }

        /// <summary>
        /// The final state each job must reach: a job the test cancelled ends cancelled; a job with a dependency that did not
        /// succeed, on an edge that cancels, ends cancelled; any other job ends as its failure mode says.
        /// </summary>
        public JobState[] ExpectedStates(bool[] cancelled)
        {
            var states = new JobState[Jobs.Count];
            foreach (var job in Jobs)
            {
                var blockedByFailure = job.Dependencies.Where((dependency, i) => !job.RunAnyway[i] && states[dependency] != JobState.Succeeded).Any();
                states[job.Index] = cancelled[job.Index] || blockedByFailure
                    ? JobState.Cancelled
                    : job.Failure switch
                    {
                        Failure.None or Failure.TransientOnce => JobState.Succeeded,
                        Failure.TransientAlways => JobState.DeadLettered,
                        _ => JobState.Failed,
                    };
            }

            return states;
        }

        private static bool[] RandomEdges(Random random, int count) =>
            [.. Enumerable.Range(0, count).Select(_ => random.NextDouble() < 0.25)];

        private static int[] PickDistinct(Random random, List<int> from, int count)
        {
            var picked = new HashSet<int>();
            var window = Math.Min(from.Count, 2_000);
            while (picked.Count < Math.Min(count, from.Count))
            {
                picked.Add(from[from.Count - 1 - random.Next(window)]);
            }

            return [.. picked.Order()];
        }

        private int Add(Random random, int[] dependencies, bool[] runAnyway)
        {
            var failureRoll = random.NextDouble();
            var failure = failureRoll switch
            {
                < 0.04 => Failure.TransientOnce,
                < 0.07 => Failure.TransientAlways,
                < 0.10 => Failure.Permanent,
                _ => Failure.None,
            };
            var poolRoll = random.NextDouble();
            var job = new StressJob(
                Index: Jobs.Count,
                Type: JobTypes[random.Next(JobTypes.Length)],
                Priority: (JobPriority)random.Next(4),
                MemoryMegabytes: random.NextDouble() < 0.3 ? 0 : random.Next(1, 769),
                Pool: poolRoll < 0.4 ? null : poolRoll < 0.75 ? "openai" : "runway",
                Cost: random.NextDouble() < 0.5 ? 0m : random.Next(1, 501) / 100m,
                Failure: failure,
                Async: random.NextDouble() < 0.15,
                Dependencies: dependencies,
                RunAnyway: runAnyway);
            Jobs.Add(job);
            return job.Index;
        }
    }

    /// <summary>
    /// Counts what runs at once, under one lock, as handlers enter and leave; records the maxima and any budget exceeded;
    /// records start and success order to check dependencies; every 256th job also reads the scheduler's own utilisation.
    /// </summary>
    private sealed class Tracker(int jobCount)
    {
        private readonly Lock _gate = new();
        private readonly Dictionary<string, int> _byType = JobTypes.ToDictionary(type => type, _ => 0, StringComparer.Ordinal);
        private readonly Dictionary<string, int> _maxByType = JobTypes.ToDictionary(type => type, _ => 0, StringComparer.Ordinal);
        private readonly Dictionary<string, int> _byPool = PoolSizes.Keys.ToDictionary(pool => pool, _ => 0, StringComparer.Ordinal);
        private readonly Dictionary<string, int> _maxByPool = PoolSizes.Keys.ToDictionary(pool => pool, _ => 0, StringComparer.Ordinal);
        private readonly long[] _startedAt = new long[jobCount];
        private readonly long[] _succeededAt = new long[jobCount];
        private long _clock;
        private int _running;
        private long _memory;
        private decimal _cost;
        private int _finished;

        public IJobQueue? Queue { get; set; }

        public ConcurrentQueue<string> Violations { get; } = new();

        public int MaxRunning { get; private set; }

        public long MaxMemory { get; private set; }

        public decimal MaxCost { get; private set; }

        public int Samples { get; private set; }

        public int MaxOfType(string type) => _maxByType[type];

        public int MaxOfPool(string pool) => _maxByPool[pool];

        public void Enter(StressJob job, IReadOnlyList<JobDependencyResult> dependencies)
        {
            lock (_gate)
            {
                _startedAt[job.Index] = ++_clock;
                for (var i = 0; i < job.Dependencies.Length; i++)
                {
                    var dependency = job.Dependencies[i];
                    var state = dependencies[i].State;
                    if (!state.IsFinal() || (!job.RunAnyway[i] && (state != JobState.Succeeded || _succeededAt[dependency] == 0)))
                    {
                        Violations.Enqueue($"job {job.Index} started while its dependency {dependency} was {state} (succeeded at {_succeededAt[dependency]}, now {_clock})");
                    }
                }

                Check(++_running, MaxConcurrency, "running jobs");
                MaxRunning = Math.Max(MaxRunning, _running);
                var ofType = ++_byType[job.Type];
                _maxByType[job.Type] = Math.Max(_maxByType[job.Type], ofType);
                if (TypeLimits.TryGetValue(job.Type, out var limit))
                {
                    Check(ofType, limit, $"'{job.Type}' jobs");
                }

                if (job.Pool is { } pool)
                {
                    var inUse = ++_byPool[pool];
                    _maxByPool[pool] = Math.Max(_maxByPool[pool], inUse);
                    Check(inUse, PoolSizes[pool], $"'{pool}' connections");
                }

                _memory += job.MemoryMegabytes;
                MaxMemory = Math.Max(MaxMemory, _memory);
                Check(_memory, MemoryBudgetMegabytes, "megabytes");
                _cost += job.Cost;
                MaxCost = Math.Max(MaxCost, _cost);
                if (_cost > CostPerHourBudgetUsd)
                {
                    Violations.Enqueue($"{_cost} USD of estimates running at once, over the budget of {CostPerHourBudgetUsd}");
                }
            }
        }

        public void Succeeded(StressJob job)
        {
            lock (_gate)
            {
                _succeededAt[job.Index] = ++_clock;
            }
        }

        public void Exit(StressJob job)
        {
            lock (_gate)
            {
                _running--;
                _byType[job.Type]--;
                if (job.Pool is { } pool)
                {
                    _byPool[pool]--;
                }

                _memory -= job.MemoryMegabytes;
                _cost -= job.Cost;
            }

            if (Interlocked.Increment(ref _finished) % 256 == 0 && Queue is { } queue)
            {
                Sample(queue);
            }
        }

        private void Sample(IJobQueue queue)
        {
            var budgets = new BudgetUtilization[16];
            var count = queue.CopyBudgetUtilization(budgets);
            foreach (var budget in budgets.AsSpan(0, count))
            {
                if (budget.InUse > budget.Limit)
                {
                    Violations.Enqueue($"the scheduler reports {budget.InUse} of {budget.Kind} {budget.Name} in use, over its limit of {budget.Limit}");
                }
            }

            lock (_gate)
            {
                Samples++;
            }
        }

        private void Check(long inUse, long limit, string what)
        {
            if (inUse > limit)
            {
                Violations.Enqueue($"{inUse} {what} at once, over the limit of {limit}");
            }
        }
    }

    private sealed class Gate
    {
        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>Holds its budgets until the test releases it, then reports no actual cost, freeing the money it was charged.</summary>
    private sealed class GatedHandler(Gate gate) : IJobHandler<string>
    {
        public async ValueTask<object?> HandleAsync(JobContext<string> context, CancellationToken cancellationToken)
        {
            gate.Started.TrySetResult();
            await gate.Release.Task.WaitAsync(cancellationToken);
            context.ReportActualCost(Money.Zero);
            return null;
        }
    }

    private sealed class QuickHandler : IJobHandler<string>
    {
        public ValueTask<object?> HandleAsync(JobContext<string> context, CancellationToken cancellationToken) => ValueTask.FromResult<object?>(context.Payload);
    }

    /// <summary>
    /// The handler of every job type: reports no actual cost (so the money window holds only the estimates of running jobs
    /// and the test can check it as an in-flight limit), optionally yields and honours cancellation, then ends as planned.
    /// </summary>
    private sealed class StressHandler(Tracker tracker) : IJobHandler<StressJob>
    {
        public async ValueTask<object?> HandleAsync(JobContext<StressJob> context, CancellationToken cancellationToken)
        {
            var job = context.Payload;
            tracker.Enter(job, job.Dependencies.Length == 0 ? [] : context.Dependencies);
            try
            {
                context.ReportActualCost(Money.Zero);
                if (job.Async)
                {
                    await Task.Yield();
                    cancellationToken.ThrowIfCancellationRequested();
                }

                switch (job.Failure)
                {
                    case Failure.TransientOnce when context.Attempt == 1:
                    case Failure.TransientAlways:
                        throw new IOException($"Transient failure of job {job.Index} in attempt {context.Attempt}.");
                    case Failure.Permanent:
                        throw new InvalidOperationException($"Permanent failure of job {job.Index}.");
                }

                tracker.Succeeded(job);
                return job.Index;
            }
            finally
            {
                tracker.Exit(job);
            }
        }
    }
}
