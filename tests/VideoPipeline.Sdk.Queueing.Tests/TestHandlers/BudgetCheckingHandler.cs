using System.Collections.Concurrent;

namespace VideoPipeline.Sdk.Queueing.Tests.TestHandlers;

/// <summary>Counts, while it runs, how many jobs are inside it in total, per job type and per pool, and the memory they
/// declare, keeping the highest value of each; then behaves as its <see cref="StressJob"/> says.</summary>
internal sealed class BudgetCheckingHandler : IJobHandler<StressJob>
{
    private readonly ConcurrentDictionary<string, StrongBox> _current = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, StrongBox> _highest = new(StringComparer.Ordinal);

    public long Highest(string counter) => _highest.TryGetValue(counter, out var box) ? Volatile.Read(ref box.Value) : 0;

    public async ValueTask<object?> HandleAsync(JobContext<StressJob> context, CancellationToken cancellationToken)
    {
        var job = context.Payload;
        var counters = new List<(string Name, long Amount)> { ("all", 1), ($"type:{context.JobType}", 1), ("memory", job.MemoryMegabytes) };
        if (job.Pool is { } pool)
        {
            counters.Add(($"pool:{pool}", 1));
        }

        foreach (var (name, amount) in counters)
        {
            Enter(name, amount);
        }

        try
        {
            for (var i = 0; i < job.Yields; i++)
            {
                await Task.Yield();
            }

            return job.Outcome switch
            {
                "fail" => throw new InvalidOperationException($"job {job.Number} fails"),
                "flaky" when context.Attempt == 1 => throw new TimeoutException($"job {job.Number} is flaky"),
                _ => job.Number,
            };
        }
        finally
        {
            foreach (var (name, amount) in counters)
            {
                Interlocked.Add(ref _current.GetOrAdd(name, static _ => new StrongBox()).Value, -amount);
            }
        }
    }

    private void Enter(string name, long amount)
    {
        var now = Interlocked.Add(ref _current.GetOrAdd(name, static _ => new StrongBox()).Value, amount);
        var highest = _highest.GetOrAdd(name, static _ => new StrongBox());
        for (var seen = Volatile.Read(ref highest.Value); now > seen; seen = Volatile.Read(ref highest.Value))
        {
            if (Interlocked.CompareExchange(ref highest.Value, now, seen) == seen)
            {
                break;
            }
        }
    }

    private sealed class StrongBox
    {
        public long Value;
    }
}
