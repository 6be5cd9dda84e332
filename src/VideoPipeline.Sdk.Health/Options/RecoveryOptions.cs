namespace VideoPipeline.Sdk.Health;

/// <summary>
/// Options of guarded auto-recovery, bound from <c>VideoPipeline:Health:Recovery</c>. Off unless <see cref="Enabled"/>.
/// A component's <see cref="IRecoveryAction"/>s run only after it has been unhealthy for
/// <see cref="AfterUnhealthyEvaluations"/> evaluations in a row, never while one of its dependencies is unhealthy, at
/// most <see cref="MaxAttemptsPerHour"/> times in any hour, and with a backoff between attempts that doubles from
/// <see cref="Backoff"/>. Every attempt and its outcome is kept in <see cref="HealthMonitorReport.RecoveryLog"/>.
/// </summary>
public sealed class RecoveryOptions
{
    /// <summary>Gets or sets whether recovery actions run.</summary>
    /// <value>The default is <see langword="false"/>.</value>
    public bool Enabled { get; set; }

    /// <summary>Gets or sets whether attempts are only logged and audited as <see cref="RecoveryOutcome.DryRun"/>, without
    /// running the actions.</summary>
    /// <value>The default is <see langword="false"/>.</value>
    public bool DryRun { get; set; }

    /// <summary>Gets or sets how many evaluations in a row a component must be unhealthy before an attempt.</summary>
    /// <value>The default is 3; the range is 1 to 1,000.</value>
    public int AfterUnhealthyEvaluations { get; set; } = 3;

    /// <summary>Gets or sets how many attempts per component any hour may hold.</summary>
    /// <value>The default is 3; the range is 1 to 100.</value>
    public int MaxAttemptsPerHour { get; set; } = 3;

    /// <summary>Gets or sets the least time after an attempt before the next one on the same component; it doubles after
    /// each attempt while the component stays unhealthy, and starts again when it recovers.</summary>
    /// <value>The default is 1 minute; the range is 0 to 1 day.</value>
    public TimeSpan Backoff { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Gets or sets how long one action may run.</summary>
    /// <value>The default is 1 minute; the range is 1 millisecond to 1 hour.</value>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Gets or sets how many of the latest attempts the audit log keeps.</summary>
    /// <value>The default is 200; the range is 1 to 100,000.</value>
    public int AuditLogSize { get; set; } = 200;
}
