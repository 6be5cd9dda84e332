namespace VideoPipeline.Sdk.Quality.Optimization.Internal;

/// <summary>
/// The runs the optimizer can take feedback for: the latest <c>capacity</c> decisions by id, the oldest forgotten first.
/// Thread-safety: one lock around a dictionary and the queue of ids in the order they were added.
/// </summary>
internal sealed class RunRegistry
{
    private readonly Lock _gate = new();
    private readonly int _capacity;
    private Dictionary<string, TrackedRun> _runs = new(StringComparer.Ordinal);
    private Queue<string> _order = new();

    public RunRegistry(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _capacity = capacity;
    }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _runs.Count;
            }
        }
    }

    public void Add(string runId, TrackedRun run)
    {
        lock (_gate)
        {
            if (!_runs.TryAdd(runId, run))
            {
                return;
            }

            _order.Enqueue(runId);
            while (_order.Count > _capacity)
            {
                _runs.Remove(_order.Dequeue());
            }
        }
    }

    public bool TryGet(string runId, out TrackedRun run)
    {
        lock (_gate)
        {
            return _runs.TryGetValue(runId, out run);
        }
    }

    /// <summary>Gets the runs, oldest first.</summary>
    public KeyValuePair<string, TrackedRun>[] Snapshot()
    {
        lock (_gate)
        {
            return [.. _order.Select(id => KeyValuePair.Create(id, _runs[id]))];
        }
    }

    /// <summary>Replaces every run by <paramref name="runs"/> (oldest first), keeping the newest when there are too many.</summary>
    public void Replace(IReadOnlyList<KeyValuePair<string, TrackedRun>> runs)
    {
        var byId = new Dictionary<string, TrackedRun>(StringComparer.Ordinal);
        var order = new Queue<string>();
        foreach (var (id, run) in runs.Skip(Math.Max(0, runs.Count - _capacity)))
        {
            byId[id] = run;
            order.Enqueue(id);
        }

        lock (_gate)
        {
            _runs = byId;
            _order = order;
        }
    }
}
