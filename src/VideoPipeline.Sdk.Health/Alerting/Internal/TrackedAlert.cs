namespace VideoPipeline.Sdk.Health.Alerting.Internal;

/// <summary>
/// One alert identity the <see cref="AlertRouter"/> tracks: the latest alert raised for it, where it stands, what was last
/// notified, and its recent changes between firing and clear. Read and written only under the router's lock.
/// </summary>
internal sealed class TrackedAlert
{
    private readonly long[] _changes;
    private int _changeCount;
    private int _nextChange;

    public TrackedAlert(Alert alert, AlertGroup group, int flapThreshold, DateTimeOffset now)
    {
        Key = alert;
        Latest = alert;
        Group = group;
        StartedAt = now;
        Since = now;
        _changes = new long[flapThreshold];
    }

    /// <summary>Gets the first alert raised with this identity, the key of the router's table.</summary>
    public Alert Key { get; }

    public AlertGroup Group { get; }

    public Alert Latest { get; set; }

    public ActiveAlertState State { get; set; }

    /// <summary>Gets when the condition started to hold; a re-fire before the resolved notification continues it.</summary>
    public DateTimeOffset StartedAt { get; }

    /// <summary>Gets or sets what the report shows as <see cref="ActiveAlert.Since"/>: the start, or while resolving, when it cleared.</summary>
    public DateTimeOffset Since { get; set; }

    /// <summary>Gets or sets when the alert next needs the router's attention on its own: the end of its pending time, its
    /// repeat, or the end of its resolve hold; <see langword="null"/> when nothing is due.</summary>
    public DateTimeOffset? DueAt { get; set; }

    /// <summary>Gets or sets whether a firing notification went out and no resolved one since.</summary>
    public bool AnnouncedFiring { get; set; }

    /// <summary>Gets or sets the severity of the last firing notification; <see langword="null"/> when the next one is new
    /// (never notified, or notified before an inhibition that has lifted).</summary>
    public AlertSeverity? NotifiedSeverity { get; set; }

    public DateTimeOffset? LastNotified { get; set; }

    /// <summary>Gets or sets the earliest time a firing notification may go out: the end of the
    /// <see cref="AlertingOptions.GroupWait"/> that follows the lift of an inhibition.</summary>
    public DateTimeOffset? NotifyNotBefore { get; set; }

    /// <summary>Gets or sets whether the alert stayed clear for its hold, so its resolved notification is due.</summary>
    public bool ResolveDue { get; set; }

    public bool IsInhibited { get; set; }

    /// <summary>Gets or sets whether the alert counts toward inhibiting its component's dependents (firing, at least Error).</summary>
    public bool Inhibits { get; set; }

    /// <summary>Gets or sets whether the router no longer tracks the alert, so queued due times for it are stale.</summary>
    public bool Removed { get; set; }

    /// <summary>Records a change between firing and clear, keeping only the latest <c>FlapThreshold</c> in a ring.</summary>
    public void RecordChange(DateTimeOffset now)
    {
        _changes[_nextChange] = now.UtcTicks;
        _nextChange = (_nextChange + 1) % _changes.Length;
        _changeCount = Math.Min(_changeCount + 1, _changes.Length);
    }

    /// <summary>Gets whether the latest <c>FlapThreshold</c> changes all fell within <paramref name="window"/> before <paramref name="now"/>.</summary>
    public bool IsFlapping(DateTimeOffset now, TimeSpan window)
    {
        if (_changeCount < _changes.Length)
        {
            return false;
        }

        // The ring is full, so the next slot holds the oldest change kept.
        return _changes[_nextChange] >= (now - window).UtcTicks;
    }
}
