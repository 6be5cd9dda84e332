namespace VideoPipeline.Sdk.Health.Recovery.Internal;

/// <summary>
/// A component with recovery actions: where it and its dependencies (direct and transitive) sit in the report, its
/// actions in registration order, and the attempts that pace it. Read and written only by the evaluation (one at a time),
/// except <see cref="Running"/>, which the attempt's task completes.
/// </summary>
internal sealed class RecoveryTarget(string component, int index, int[] dependencies, IRecoveryAction[] actions)
{
    /// <summary>The most doublings of the backoff, so the wait stays a representable time.</summary>
    private const int MaxDoublings = 20;

    private readonly Queue<DateTimeOffset> _recentStarts = new();

    public string Component { get; } = component;

    /// <summary>Gets the component's position in the report's components.</summary>
    public int Index { get; } = index;

    /// <summary>Gets the positions in the report of every component this one depends on, directly or through others.</summary>
    public int[] Dependencies { get; } = dependencies;

    public IRecoveryAction[] Actions { get; } = actions;

    /// <summary>Gets or sets the attempt in flight, or the last one when it has ended.</summary>
    public Task Running { get; set; } = Task.CompletedTask;

    public DateTimeOffset? LastStart { get; private set; }

    /// <summary>Gets the attempts since the component was last healthy, which set how long the backoff is.</summary>
    public int AttemptsWhileUnhealthy { get; private set; }

    /// <summary>Counts the attempts that started after <paramref name="since"/>, forgetting the older ones.</summary>
    public int CountStartsAfter(DateTimeOffset since)
    {
        while (_recentStarts.TryPeek(out var start) && start <= since)
        {
            _recentStarts.Dequeue();
        }

        return _recentStarts.Count;
    }

    /// <summary>Gets the least time after <see cref="LastStart"/> before the next attempt: the backoff, doubled for each
    /// attempt after the first since the component was last healthy.</summary>
    public TimeSpan Wait(TimeSpan backoff) => TimeSpan.FromTicks(backoff.Ticks << Math.Clamp(AttemptsWhileUnhealthy - 1, 0, MaxDoublings));

    public void Start(DateTimeOffset now)
    {
        _recentStarts.Enqueue(now);
        LastStart = now;
        AttemptsWhileUnhealthy++;
    }

    /// <summary>Starts the backoff again from its first step, because the component is healthy.</summary>
    public void Recovered() => AttemptsWhileUnhealthy = 0;
}
