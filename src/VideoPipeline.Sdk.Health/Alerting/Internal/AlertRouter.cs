using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VideoPipeline.Sdk.Health.Checks.Internal;
using VideoPipeline.Sdk.Health.Diagnostics.Internal;

namespace VideoPipeline.Sdk.Health.Alerting.Internal;

/// <summary>
/// The <see cref="IAlertRouter"/>: tracks every alert identity (name, component, labels) through pending, firing and
/// resolving, groups identities by name and <see cref="AlertingOptions.GroupBy"/>, inhibits the alerts of components whose
/// dependency has an alert firing at <see cref="AlertSeverity.Error"/> or above, and delivers one notification per group
/// flush to every registered <see cref="IAlertSink"/>.
/// </summary>
/// <remarks>
/// All state is guarded by one lock with short critical sections: <see cref="SendAsync"/> updates the state and collects
/// the notifications that are due, and both it and the timer deliver them after leaving the lock. Sinks are never awaited:
/// a delivery that does not complete at once is observed in the background, and a sink that throws or faults is logged
/// without affecting the other sinks. Everything due later (the end of <see cref="AlertingOptions.FireAfter"/>, a group's
/// flush, a repeat, the end of a resolve hold) waits in one priority queue behind one timer armed for the earliest entry.
/// </remarks>
internal sealed class AlertRouter : IAlertRouter, IDisposable
{
    /// <summary>The <see cref="AlertingOptions.GroupBy"/> entry that groups by <see cref="Alert.Component"/> rather than a label.</summary>
    public const string ComponentGroupBy = "component";

    private const int AlertOrder = 0;
    private const int GroupOrder = 1;

    private static readonly TimeSpan DropWarningInterval = TimeSpan.FromMinutes(1);

    private readonly AlertSeverity _minimumSeverity;
    private readonly TimeSpan _fireAfter;
    private readonly TimeSpan _groupWait;
    private readonly TimeSpan _groupInterval;
    private readonly TimeSpan _repeatInterval;
    private readonly TimeSpan _resolveAfter;
    private readonly TimeSpan _flapWindow;
    private readonly int _flapThreshold;
    private readonly int _maxActiveAlerts;
    private readonly string[] _groupBy;
    private readonly DependencyGraph _dependencies;
    private readonly IAlertSink[] _sinks;
    private readonly TimeProvider _timeProvider;
    private readonly HealthMetrics _metrics;
    private readonly ILogger _logger;
    private readonly ITimer _timer;
    private readonly Lock _gate = new();
    private readonly Dictionary<Alert, TrackedAlert> _alerts = new(AlertIdentityComparer.Instance);
    private readonly Dictionary<string, AlertGroup> _groups = new(StringComparer.Ordinal);

    // Components with a firing alert of Error or above, with how many, counted only for components others depend on.
    private readonly Dictionary<string, int> _inhibitors = new(StringComparer.Ordinal);

    // The tracked alerts of components that depend on others, so an inhibition that starts or lifts finds them.
    private readonly Dictionary<string, HashSet<TrackedAlert>> _dependentAlerts = new(StringComparer.Ordinal);

    // Tracked alerts and groups by the time they are due, alerts before groups at the same time so that a flush sees every
    // alert that became due with it; entries whose item moved on are skipped when they come up.
    private readonly PriorityQueue<object, (DateTimeOffset At, int Order)> _due = new();
    private readonly List<Alert> _outbox = [];
    private readonly List<Alert> _flushAlerts = [];
    private readonly List<TrackedAlert> _flushMembers = [];
    private DateTimeOffset? _armedFor;
    private long _droppedSinceWarning;
    private DateTimeOffset _nextDropWarning = DateTimeOffset.MinValue;
    private bool _disposed;

    public AlertRouter(
        IReadOnlyList<ComponentDefinition> components,
        IOptions<HealthMonitorOptions> options,
        IEnumerable<IAlertSink> sinks,
        TimeProvider timeProvider,
        HealthMetrics metrics,
        ILogger<AlertRouter> logger)
    {
        var alerting = options.Value.Alerting;
        _minimumSeverity = alerting.MinimumSeverity;
        _fireAfter = alerting.FireAfter;
        _groupWait = alerting.GroupWait;
        _groupInterval = alerting.GroupInterval;
        _repeatInterval = alerting.RepeatInterval;
        _resolveAfter = alerting.ResolveAfter;
        _flapWindow = alerting.FlapWindow;
        _flapThreshold = alerting.FlapThreshold;
        _maxActiveAlerts = alerting.MaxActiveAlerts;
        _groupBy = [.. alerting.GroupBy.Distinct(StringComparer.Ordinal)];
        _dependencies = new DependencyGraph(components);
        _sinks = [.. sinks];
        _timeProvider = timeProvider;
        _metrics = metrics;
        _logger = logger;
        _timer = timeProvider.CreateTimer(static state => ((AlertRouter)state!).OnTimer(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Routes an alert: updates its identity's state at once and delivers whatever became due, without waiting
    /// on any sink. After <see cref="Dispose"/> alerts are ignored.</summary>
    /// <param name="alert">The alert.</param>
    /// <param name="cancellationToken">Not used; routing does not wait.</param>
    /// <returns>A completed task.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="alert"/> is <see langword="null"/>.</exception>
    public ValueTask SendAsync(Alert alert, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(alert);
        RouteCore(new ReadOnlySpan<Alert>(in alert));
        return ValueTask.CompletedTask;
    }

    /// <summary>Routes alerts raised together, as one change: nothing is delivered until all of them are applied, so an
    /// alert that clears an inhibition and the dependents' alerts that resolve with it cause no notification in between.</summary>
    /// <param name="alerts">The alerts.</param>
    /// <exception cref="ArgumentNullException">An alert is <see langword="null"/>.</exception>
    public void Route(ReadOnlySpan<Alert> alerts)
    {
        foreach (var alert in alerts)
        {
            ArgumentNullException.ThrowIfNull(alert, nameof(alerts));
        }

        RouteCore(alerts);
    }

    /// <summary>Gets every tracked alert, most severe first, then oldest.</summary>
    /// <returns>A snapshot the router does not change afterwards.</returns>
    public IReadOnlyList<ActiveAlert> GetActiveAlerts()
    {
        List<ActiveAlert> active;
        lock (_gate)
        {
            var now = _timeProvider.GetUtcNow();
            active = new List<ActiveAlert>(_alerts.Count);
            foreach (var tracked in _alerts.Values)
            {
                active.Add(new ActiveAlert(tracked.Latest, tracked.State, tracked.Since)
                {
                    LastNotified = tracked.LastNotified,
                    IsInhibited = tracked.IsInhibited,
                    IsFlapping = tracked.IsFlapping(now, _flapWindow),
                });
            }
        }

        active.Sort(static (left, right) =>
        {
            var order = right.Alert.Severity.CompareTo(left.Alert.Severity);
            order = order != 0 ? order : left.Since.CompareTo(right.Since);
            order = order != 0 ? order : string.CompareOrdinal(left.Alert.Component, right.Alert.Component);
            return order != 0 ? order : string.CompareOrdinal(left.Alert.Name, right.Alert.Name);
        });
        return active;
    }

    /// <summary>Stops the timer; notifications not yet due are dropped, and later alerts are ignored.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _due.Clear();
            _armedFor = null;
        }

        _timer.Dispose();
    }

    private void RouteCore(ReadOnlySpan<Alert> alerts)
    {
        if (alerts.IsEmpty)
        {
            return;
        }

        foreach (var alert in alerts)
        {
            _metrics.RecordAlert(alert);
        }

        Alert[]? notifications;
        Alert? dropped = null;
        long droppedToReport = 0;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            var now = _timeProvider.GetUtcNow();
            foreach (var alert in alerts)
            {
                if (Apply(alert, now))
                {
                    continue;
                }

                _metrics.RecordDroppedAlert(alert);
                _droppedSinceWarning++;
                if (now >= _nextDropWarning)
                {
                    dropped = alert;
                    droppedToReport = _droppedSinceWarning;
                    _droppedSinceWarning = 0;
                    _nextDropWarning = now + DropWarningInterval;
                }
            }

            Advance(now);
            notifications = TakeOutbox();
        }

        if (dropped is not null)
        {
            Log.AlertsDropped(_logger, _maxActiveAlerts, droppedToReport, dropped.Name, dropped.Component);
        }

        Deliver(notifications);
    }

    /// <summary>Applies one alert to its identity's state; returns <see langword="false"/> when it is new and the router is full.</summary>
    private bool Apply(Alert alert, DateTimeOffset now)
    {
        if (!_alerts.TryGetValue(alert, out var tracked))
        {
            if (alert.Status == AlertStatus.Resolved)
            {
                return true;    // nothing tracked to resolve: never notified, so nothing to tell.
            }

            if (_alerts.Count >= _maxActiveAlerts)
            {
                return false;
            }

            Track(alert, now);
            return true;
        }

        tracked.Latest = alert;
        if (alert.Status == AlertStatus.Firing)
        {
            Fire(tracked, now);
        }
        else
        {
            Clear(tracked, now);
        }

        return true;
    }

    private void Track(Alert alert, DateTimeOffset now)
    {
        var group = GroupOf(alert);
        var tracked = new TrackedAlert(alert, group, _flapThreshold, now) { State = ActiveAlertState.Pending };
        _alerts.Add(alert, tracked);
        group.Members.Add(tracked);
        if (_dependencies.DependenciesOf(alert.Component).Length > 0)
        {
            if (!_dependentAlerts.TryGetValue(alert.Component, out var alerts))
            {
                _dependentAlerts[alert.Component] = alerts = [];
            }

            alerts.Add(tracked);
            tracked.IsInhibited = IsInhibited(alert.Component);
        }

        if (_fireAfter <= TimeSpan.Zero)
        {
            StartFiring(tracked, now);
        }
        else
        {
            SetDue(tracked, now + _fireAfter);
        }
    }

    /// <summary>A firing alert for a tracked identity.</summary>
    private void Fire(TrackedAlert tracked, DateTimeOffset now)
    {
        switch (tracked.State)
        {
            case ActiveAlertState.Pending:
                return;     // it fires once it has kept firing for FireAfter.
            case ActiveAlertState.Resolving:
                // Never announced resolved, so the episode goes on: no new notification unless one is due anyway.
                tracked.RecordChange(now);
                tracked.State = ActiveAlertState.Firing;
                tracked.ResolveDue = false;
                tracked.Since = tracked.StartedAt;
                SetDue(tracked, tracked.AnnouncedFiring ? tracked.LastNotified + _repeatInterval : null);
                break;
        }

        UpdateInhibitor(tracked, now);
        if (NeedsNotification(tracked, now))
        {
            Schedule(tracked.Group, now, immediately: IsSeverityRise(tracked));
        }
    }

    /// <summary>A resolved alert for a tracked identity.</summary>
    private void Clear(TrackedAlert tracked, DateTimeOffset now)
    {
        switch (tracked.State)
        {
            case ActiveAlertState.Pending:
                Remove(tracked);    // it never fired long enough to be notified.
                return;
            case ActiveAlertState.Firing:
                tracked.RecordChange(now);
                tracked.State = ActiveAlertState.Resolving;
                tracked.Since = now;
                UpdateInhibitor(tracked, now);
                SetDue(tracked, now + (tracked.IsFlapping(now, _flapWindow) ? _flapWindow : _resolveAfter));
                return;
        }
    }

    /// <summary>The end of <see cref="AlertingOptions.FireAfter"/>, a repeat, or the end of a resolve hold.</summary>
    private void OnDue(TrackedAlert tracked, DateTimeOffset now)
    {
        switch (tracked.State)
        {
            case ActiveAlertState.Pending:
                StartFiring(tracked, now);
                break;
            case ActiveAlertState.Firing:
                if (NeedsNotification(tracked, now))
                {
                    Schedule(tracked.Group, now, immediately: false);
                }

                break;
            case ActiveAlertState.Resolving when tracked.AnnouncedFiring:
                tracked.ResolveDue = true;
                Schedule(tracked.Group, now, immediately: false);
                break;
            default:
                Remove(tracked);    // cleared for its hold and never announced: resolved silently.
                break;
        }
    }

    private void StartFiring(TrackedAlert tracked, DateTimeOffset now)
    {
        tracked.State = ActiveAlertState.Firing;
        UpdateInhibitor(tracked, now);
        if (NeedsNotification(tracked, now))
        {
            Schedule(tracked.Group, now, immediately: false);
        }
    }

    private bool NeedsNotification(TrackedAlert member, DateTimeOffset now) => member.State switch
    {
        ActiveAlertState.Firing => !member.IsInhibited
            && member.Latest.Severity >= _minimumSeverity
            && !(member.NotifyNotBefore > now)
            && (member.NotifiedSeverity is null || IsSeverityRise(member) || now >= member.LastNotified + _repeatInterval),
        ActiveAlertState.Resolving => member.ResolveDue,
        _ => false,
    };

    private static bool IsSeverityRise(TrackedAlert tracked) => tracked.NotifiedSeverity is { } notified && tracked.Latest.Severity > notified;

    /// <summary>Sets when <paramref name="group"/> is next notified: at once for a severity rise, else after
    /// <see cref="AlertingOptions.GroupWait"/> for its first notification and no sooner than
    /// <see cref="AlertingOptions.GroupInterval"/> after its last; an earlier flush already set stands.</summary>
    private void Schedule(AlertGroup group, DateTimeOffset now, bool immediately)
    {
        var at = immediately ? now
            : group.LastFlush is { } last ? (last + _groupInterval > now ? last + _groupInterval : now)
            : now + _groupWait;
        if (group.NextFlush is { } next && next <= at)
        {
            return;
        }

        group.NextFlush = at;
        _due.Enqueue(group, (at, GroupOrder));
    }

    /// <summary>Delivers one notification of every member that needs notifying now.</summary>
    private void Flush(AlertGroup group, DateTimeOffset now)
    {
        group.NextFlush = null;
        _flushMembers.Clear();
        _flushAlerts.Clear();
        foreach (var member in group.Members)
        {
            if (NeedsNotification(member, now))
            {
                _flushMembers.Add(member);
                _flushAlerts.Add(member.Latest);
            }
        }

        if (_flushMembers.Count == 0)
        {
            return;
        }

        _outbox.Add(GroupNotification.Create(group, _flushAlerts, now));
        group.LastFlush = now;
        foreach (var member in _flushMembers)
        {
            member.LastNotified = now;
            if (member.State == ActiveAlertState.Firing)
            {
                member.AnnouncedFiring = true;
                member.NotifiedSeverity = member.Latest.Severity;
                SetDue(member, now + _repeatInterval);
            }
            else
            {
                Remove(member);
            }
        }
    }

    /// <summary>Keeps the count of inhibiting alerts per component in step with <paramref name="tracked"/>, and re-evaluates
    /// the dependents' alerts when a component starts or stops inhibiting.</summary>
    private void UpdateInhibitor(TrackedAlert tracked, DateTimeOffset now)
    {
        var inhibits = tracked.State == ActiveAlertState.Firing && tracked.Latest.Severity >= AlertSeverity.Error;
        if (inhibits == tracked.Inhibits)
        {
            return;
        }

        tracked.Inhibits = inhibits;
        var component = tracked.Key.Component;
        var dependents = _dependencies.DependentsOf(component);
        if (dependents.Length == 0)
        {
            return;
        }

        var count = _inhibitors.GetValueOrDefault(component) + (inhibits ? 1 : -1);
        if (count > 0)
        {
            _inhibitors[component] = count;
        }
        else
        {
            _inhibitors.Remove(component);
        }

        if (count != (inhibits ? 1 : 0))
        {
            return;     // the component already inhibited, or still does.
        }

        foreach (var dependent in dependents)
        {
            if (!_dependentAlerts.TryGetValue(dependent, out var alerts))
            {
                continue;
            }

            foreach (var alert in alerts)
            {
                var inhibited = IsInhibited(dependent);
                if (inhibited == alert.IsInhibited)
                {
                    continue;
                }

                alert.IsInhibited = inhibited;
                if (!inhibited && alert.State == ActiveAlertState.Firing)
                {
                    // The inhibition lifted while it fires: notified as new, after GroupWait like a new alert, which gives
                    // a dependent that recovers with its dependency the time to resolve silently.
                    alert.NotifiedSeverity = null;
                    alert.NotifyNotBefore = now + _groupWait;
                    SetDue(alert, alert.NotifyNotBefore);
                }
            }
        }
    }

    private bool IsInhibited(string component)
    {
        foreach (var dependency in _dependencies.DependenciesOf(component))
        {
            if (_inhibitors.ContainsKey(dependency))
            {
                return true;
            }
        }

        return false;
    }

    private void Remove(TrackedAlert tracked)
    {
        Debug.Assert(!tracked.Inhibits, "Only pending and resolving alerts are removed, and neither inhibits.");
        tracked.Removed = true;
        tracked.DueAt = null;
        _alerts.Remove(tracked.Key);
        var component = tracked.Key.Component;
        if (_dependentAlerts.TryGetValue(component, out var alerts) && alerts.Remove(tracked) && alerts.Count == 0)
        {
            _dependentAlerts.Remove(component);
        }

        var group = tracked.Group;
        group.Members.Remove(tracked);
        if (group.Members.Count == 0)
        {
            group.Removed = true;
            _groups.Remove(group.Key);
        }
    }

    private AlertGroup GroupOf(Alert alert)
    {
        var key = alert.Name;
        if (_groupBy.Length > 0)
        {
            var values = new string[_groupBy.Length];
            for (var index = 0; index < values.Length; index++)
            {
                values[index] = GroupValue(alert, _groupBy[index]);
            }

            // A separator no name or label value is expected to hold keeps ("a", "bc") apart from ("ab", "c").
            key = string.Join('\u001f', [alert.Name, .. values]);
        }

        if (_groups.TryGetValue(key, out var group))
        {
            return group;
        }

        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in _groupBy)
        {
            if (!string.Equals(entry, ComponentGroupBy, StringComparison.Ordinal))
            {
                labels[entry] = GroupValue(alert, entry);
            }
        }

        group = new AlertGroup(key, alert.Name, labels);
        _groups.Add(key, group);
        return group;
    }

    private static string GroupValue(Alert alert, string groupBy) =>
        string.Equals(groupBy, ComponentGroupBy, StringComparison.Ordinal) ? alert.Component
        : alert.Labels.TryGetValue(groupBy, out var value) ? value
        : string.Empty;

    private void SetDue(TrackedAlert tracked, DateTimeOffset? at)
    {
        if (tracked.DueAt == at)
        {
            return;
        }

        tracked.DueAt = at;
        if (at is { } due)
        {
            _due.Enqueue(tracked, (due, AlertOrder));
        }
    }

    /// <summary>Handles everything due by <paramref name="now"/>, then arms the timer for the next entry.</summary>
    private void Advance(DateTimeOffset now)
    {
        while (_due.TryPeek(out var item, out var entry) && entry.At <= now)
        {
            var due = entry.At;
            _due.Dequeue();
            if (item is TrackedAlert tracked)
            {
                if (!tracked.Removed && tracked.DueAt == due)
                {
                    tracked.DueAt = null;
                    OnDue(tracked, now);
                }
            }
            else if (item is AlertGroup { Removed: false } group && group.NextFlush == due)
            {
                Flush(group, now);
            }
        }

        CompactDueQueue();
        if (!_due.TryPeek(out _, out var nextEntry))
        {
            if (_armedFor is not null)
            {
                _armedFor = null;
                _timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            }
        }
        else if (_armedFor != nextEntry.At)
        {
            _armedFor = nextEntry.At;
            _timer.Change(nextEntry.At - now, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>Rebuilds the queue from the live due times once stale entries outnumber them, so it stays bounded.</summary>
    private void CompactDueQueue()
    {
        if (_due.Count <= 64 + (4 * (_alerts.Count + _groups.Count)))
        {
            return;
        }

        _due.Clear();
        foreach (var tracked in _alerts.Values)
        {
            if (tracked.DueAt is { } due)
            {
                _due.Enqueue(tracked, (due, AlertOrder));
            }
        }

        foreach (var group in _groups.Values)
        {
            if (group.NextFlush is { } due)
            {
                _due.Enqueue(group, (due, GroupOrder));
            }
        }
    }

    private void OnTimer()
    {
        Alert[]? notifications;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _armedFor = null;
            Advance(_timeProvider.GetUtcNow());
            notifications = TakeOutbox();
        }

        Deliver(notifications);
    }

    private Alert[]? TakeOutbox()
    {
        if (_outbox.Count == 0)
        {
            return null;
        }

        var notifications = _outbox.ToArray();
        _outbox.Clear();
        return notifications;
    }

    private void Deliver(Alert[]? notifications)
    {
        if (notifications is null)
        {
            return;
        }

        foreach (var notification in notifications)
        {
            _metrics.RecordNotification(notification);
            foreach (var sink in _sinks)
            {
                try
                {
                    var delivery = sink.SendAsync(notification, CancellationToken.None);
                    if (delivery.IsCompletedSuccessfully)
                    {
                        delivery.GetAwaiter().GetResult();
                    }
                    else
                    {
                        _ = ObserveAsync(delivery, sink, notification);
                    }
                }
                catch (Exception exception)
                {
                    Log.AlertSinkFailed(_logger, exception, sink.GetType().Name, notification.Name, notification.Status, notification.Component);
                }
            }
        }
    }

    private async Task ObserveAsync(ValueTask delivery, IAlertSink sink, Alert notification)
    {
        try
        {
            await delivery.ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            Log.AlertSinkFailed(_logger, exception, sink.GetType().Name, notification.Name, notification.Status, notification.Component);
        }
    }
}
