namespace VideoPipeline.Sdk.Health;

/// <summary>Where an alert the router tracks stands.</summary>
public enum ActiveAlertState
{
    /// <summary>The condition holds, but not yet for <see cref="AlertingOptions.FireAfter"/>.</summary>
    Pending = 0,

    /// <summary>The condition holds and the alert is notified (unless inhibited or below the minimum severity).</summary>
    Firing = 1,

    /// <summary>The condition has cleared; the resolved notification waits for <see cref="AlertingOptions.ResolveAfter"/>
    /// (or the flap window) in case it fires again.</summary>
    Resolving = 2,
}
