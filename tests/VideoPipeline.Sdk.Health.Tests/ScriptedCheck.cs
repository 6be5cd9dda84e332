using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace VideoPipeline.Sdk.Health.Tests;

/// <summary>
/// A delegate-based checker for <c>RegisterHealthChecker</c> whose outcome a test sets between evaluations, and which
/// counts how many times the monitor invoked it.
/// </summary>
internal sealed class ScriptedCheck
{
    private readonly TaskCompletionSource _invoked = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _invocations;

    public ScriptedCheck(HealthStatus status = HealthStatus.Healthy) => Outcome = new ComponentCheckResult(status);

    /// <summary>Gets how many times the monitor invoked the check.</summary>
    public int Invocations => Volatile.Read(ref _invocations);

    /// <summary>Gets a task that completes at the first invocation.</summary>
    public Task FirstInvocation => _invoked.Task;

    /// <summary>Gets or sets what the next invocations return, unless <see cref="Behaviour"/> is set.</summary>
    public ComponentCheckResult Outcome { get; set; }

    /// <summary>Gets or sets what the next invocations do instead of returning <see cref="Outcome"/>.</summary>
    public Func<CancellationToken, ValueTask<ComponentCheckResult>>? Behaviour { get; set; }

    /// <summary>Sets <see cref="Outcome"/> to <paramref name="status"/> with the given metrics.</summary>
    public void Returns(HealthStatus status, params (string Name, double Value)[] metrics) =>
        Outcome = new ComponentCheckResult(status) { Metrics = metrics.ToDictionary(metric => metric.Name, metric => metric.Value) };

    /// <summary>The delegate to pass to <c>RegisterHealthChecker</c>.</summary>
    public ValueTask<ComponentCheckResult> RunAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _invocations);
        _invoked.TrySetResult();
        return Behaviour is { } behaviour ? behaviour(cancellationToken) : ValueTask.FromResult(Outcome);
    }
}
