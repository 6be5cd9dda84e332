using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VideoPipeline.Sdk.Health.Checks.Internal;
using VideoPipeline.Sdk.Health.Diagnostics.Internal;

namespace VideoPipeline.Sdk.Health.Recovery.Internal;

/// <summary>
/// Runs the recovery actions of unhealthy components, as <see cref="RecoveryOptions"/> guards them, after each evaluation.
/// Resolves the registrations once when created (an action for an unknown component stops the host at start) and creates
/// each action once from the root provider. <see cref="Observe"/> is called by one evaluation at a time and never waits for
/// an action: an attempt runs the component's actions in order on the thread pool, one attempt per component at a time,
/// each action within <see cref="RecoveryOptions.Timeout"/>, and every action's outcome goes to the audit log when it ends.
/// </summary>
internal sealed class RecoveryCoordinator : IAsyncDisposable, IDisposable
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    private readonly RecoveryOptions _options;
    private readonly RecoveryTarget[] _targets;
    private readonly RecoveryAuditLog _auditLog;
    private readonly TimeProvider _timeProvider;
    private readonly HealthMetrics _metrics;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stopping = new();
    private readonly CancellationToken _stoppingToken;
    private readonly CancellationTokenRegistration _stoppingRegistration;

    public RecoveryCoordinator(
        ComponentDefinition[] components,
        IEnumerable<RecoveryActionRegistration> registrations,
        IOptions<HealthMonitorOptions> options,
        IServiceProvider services,
        TimeProvider timeProvider,
        HealthMetrics metrics,
        ILogger<RecoveryCoordinator> logger,
        IHostApplicationLifetime? lifetime = null)
    {
        _options = options.Value.Recovery;
        _auditLog = new RecoveryAuditLog(_options.AuditLogSize);
        _timeProvider = timeProvider;
        _metrics = metrics;
        _logger = logger;
        _stoppingToken = _stopping.Token;
        _targets = Resolve(components, [.. registrations], services);
        if (lifetime is not null)
        {
            _stoppingRegistration = lifetime.ApplicationStopping.Register(static state => ((CancellationTokenSource)state!).Cancel(), _stopping);
        }
    }

    /// <summary>Gets the latest attempts, oldest first; the same instance until an attempt ends.</summary>
    public IReadOnlyList<RecoveryAttempt> AuditLog => _auditLog.Snapshot();

    /// <summary>Gets a task that completes when every attempt now in flight has ended.</summary>
    public Task Idle => Task.WhenAll(_targets.Select(target => target.Running));

    /// <summary>
    /// Starts an attempt for every component that the guards allow in <paramref name="report"/>, and returns the report
    /// with the audit log as it stands after (the same report when no attempt ended meanwhile).
    /// </summary>
    public HealthMonitorReport Observe(HealthMonitorReport report)
    {
        if (!_options.Enabled || _targets.Length == 0)
        {
            return report;
        }

        var now = _timeProvider.GetUtcNow();
        foreach (var target in _targets)
        {
            var component = report.Components[target.Index];
            Debug.Assert(component.Name == target.Component, "The report lists the components in the order they were resolved.");
            if (component.Status == HealthStatus.Healthy)
            {
                target.Recovered();
            }
            else if (IsDue(target, component, report, now))
            {
                Start(target, component, now);
            }
        }

        var auditLog = AuditLog;
        return ReferenceEquals(auditLog, report.RecoveryLog) ? report : report with { RecoveryLog = auditLog };
    }

    /// <summary>Stops the attempts in flight (their actions' tokens are cancelled) and waits for them to end, so their
    /// outcomes are logged before the host's services go away.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        await Idle.ConfigureAwait(false);
        Dispose();
    }

    /// <summary>Stops the attempts in flight (their actions' tokens are cancelled) without waiting for them.</summary>
    public void Dispose()
    {
        _stopping.Cancel();
        _stoppingRegistration.Dispose();
        _stopping.Dispose();
    }

    private bool IsDue(RecoveryTarget target, ComponentHealth component, HealthMonitorReport report, DateTimeOffset now)
    {
        if (component.Status != HealthStatus.Unhealthy
            || component.ConsecutiveFailures < _options.AfterUnhealthyEvaluations
            || !target.Running.IsCompleted)
        {
            return false;
        }

        foreach (var dependency in target.Dependencies)
        {
            if (report.Components[dependency].Status == HealthStatus.Unhealthy)
            {
                Log.RecoveryWaitsForDependency(_logger, target.Component, report.Components[dependency].Name);
                return false;
            }
        }

        var attempts = target.CountStartsAfter(now - Hour);
        if (attempts >= _options.MaxAttemptsPerHour)
        {
            Log.RecoveryWaitsForHourlyLimit(_logger, target.Component, attempts);
            return false;
        }

        return target.LastStart is not { } last || now - last >= target.Wait(_options.Backoff);
    }

    private void Start(RecoveryTarget target, ComponentHealth component, DateTimeOffset now)
    {
        target.Start(now);
        var reason = string.Create(
            CultureInfo.InvariantCulture,
            $"'{component.Name}' was unhealthy for {component.ConsecutiveFailures} evaluations in a row ({component.Description ?? "no description"}); attempt {target.AttemptsWhileUnhealthy} since it was last healthy.");
        if (_options.DryRun)
        {
            foreach (var action in target.Actions)
            {
                Log.RecoveryDryRun(_logger, target.Component, action.Name, reason);
                End(new RecoveryAttempt(target.Component, action.Name, now, RecoveryOutcome.DryRun, TimeSpan.Zero, reason));
            }

            return;
        }

        // On the thread pool, so an action that blocks synchronously cannot hold the evaluation.
        target.Running = Task.Run(() => RunAsync(target, component, reason), CancellationToken.None);
    }

    private async Task RunAsync(RecoveryTarget target, ComponentHealth component, string reason)
    {
        foreach (var action in target.Actions)
        {
            if (_stoppingToken.IsCancellationRequested)
            {
                return;
            }

            End(await RunActionAsync(target.Component, action, component, reason).ConfigureAwait(false));
        }
    }

    private async Task<RecoveryAttempt> RunActionAsync(string name, IRecoveryAction action, ComponentHealth component, string reason)
    {
        var started = _timeProvider.GetUtcNow();
        var start = _timeProvider.GetTimestamp();

        // The timeout is armed before the action starts, and the wait ends at it even when the action ignores its token.
        using var timeout = new CancellationTokenSource(_options.Timeout, _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, _stoppingToken);
        Log.RecoveryStarting(_logger, name, action.Name, reason);
        try
        {
            await action.ExecuteAsync(component, linked.Token).AsTask().WaitAsync(linked.Token).ConfigureAwait(false);
            var duration = _timeProvider.GetElapsedTime(start);
            Log.RecoverySucceeded(_logger, name, action.Name, duration);
            return new RecoveryAttempt(name, action.Name, started, RecoveryOutcome.Succeeded, duration, reason);
        }
        catch (OperationCanceledException) when (_stoppingToken.IsCancellationRequested)
        {
            var duration = _timeProvider.GetElapsedTime(start);
            Log.RecoveryStopped(_logger, name, action.Name, duration);
            return new RecoveryAttempt(name, action.Name, started, RecoveryOutcome.Failed, duration, $"{reason} The host stopped before the action finished.");
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            Log.RecoveryTimedOut(_logger, name, action.Name, _options.Timeout);
            return new RecoveryAttempt(name, action.Name, started, RecoveryOutcome.TimedOut, _timeProvider.GetElapsedTime(start), $"{reason} The action did not finish within its {_options.Timeout} timeout.");
        }
        catch (Exception exception)
        {
            var duration = _timeProvider.GetElapsedTime(start);
            Log.RecoveryFailed(_logger, exception, name, action.Name, duration);
            return new RecoveryAttempt(name, action.Name, started, RecoveryOutcome.Failed, duration, $"{reason} The action threw {exception.GetType().Name}: {exception.Message}");
        }
    }

    private void End(RecoveryAttempt attempt)
    {
        _auditLog.Append(attempt);
        _metrics.RecordRecoveryAttempt(attempt.Component, attempt.Action, attempt.Outcome);
    }

    private static RecoveryTarget[] Resolve(ComponentDefinition[] components, RecoveryActionRegistration[] registrations, IServiceProvider services)
    {
        var indexes = new Dictionary<string, int>(components.Length, StringComparer.Ordinal);
        for (var index = 0; index < components.Length; index++)
        {
            indexes[components[index].Name] = index;
        }

        var unknown = registrations.Select(registration => registration.Component).Where(name => !indexes.ContainsKey(name)).Distinct(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException(
                $"AddRecoveryAction names {string.Join(", ", unknown.Select(name => $"'{name}'"))}, which {(unknown.Count == 1 ? "is no registered component" : "are no registered components")}; the components are {(components.Length == 0 ? "none" : string.Join(", ", components.Select(component => $"'{component.Name}'")))}.");
        }

        var graph = new DependencyGraph(components);
        return
        [
            .. registrations
                .GroupBy(registration => registration.Component, StringComparer.Ordinal)
                .Select(group => new RecoveryTarget(
                    group.Key,
                    indexes[group.Key],
                    [.. graph.DependenciesOf(group.Key).Select(dependency => indexes[dependency]).Order()],
                    [.. group.Select(registration => registration.Create(services))])),
        ];
    }
}
