namespace VideoPipeline.Sdk.Health;

/// <summary>An alert the router tracks, as the health report shows it.</summary>
/// <param name="Alert">The latest alert raised with this identity (name, component and labels).</param>
/// <param name="State">Where the alert stands.</param>
/// <param name="Since">When the condition started to hold (or, while resolving, when it cleared).</param>
public sealed record ActiveAlert(Alert Alert, ActiveAlertState State, DateTimeOffset Since)
{
    /// <summary>Gets when the alert was last notified, or <see langword="null"/> if it has not been.</summary>
    public DateTimeOffset? LastNotified { get; init; }

    /// <summary>Gets whether notifications are suppressed because a dependency of the alert's component is down.</summary>
    public bool IsInhibited { get; init; }

    /// <summary>Gets whether the alert changed between firing and clear at least
    /// <see cref="AlertingOptions.FlapThreshold"/> times within <see cref="AlertingOptions.FlapWindow"/>.</summary>
    public bool IsFlapping { get; init; }
}
