namespace VideoPipeline.Sdk.Health.Tests.Recovery;

/// <summary>A recovery action that records when it ran and the component it was given, then does what the test says.</summary>
internal sealed class RecordingAction(string name, TimeProvider time, Func<CancellationToken, Task>? behaviour = null) : IRecoveryAction
{
    private readonly List<DateTimeOffset> _runs = [];

    public string Name { get; } = name;

    /// <summary>Gets when the action ran.</summary>
    public IReadOnlyList<DateTimeOffset> Runs
    {
        get
        {
            lock (_runs)
            {
                return [.. _runs];
            }
        }
    }

    public ComponentHealth? LastComponent { get; private set; }

    public async ValueTask ExecuteAsync(ComponentHealth component, CancellationToken cancellationToken)
    {
        lock (_runs)
        {
            _runs.Add(time.GetUtcNow());
            LastComponent = component;
        }

        if (behaviour is not null)
        {
            await behaviour(cancellationToken);
        }
    }
}
