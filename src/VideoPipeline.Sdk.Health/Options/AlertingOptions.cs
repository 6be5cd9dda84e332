namespace VideoPipeline.Sdk.Health;

/// <summary>
/// Options of alert routing, bound from <c>VideoPipeline:Health:Alerting</c>. Every alert (the monitor's own and those
/// other packages raise through <see cref="IAlertRouter"/>) is identified by its name, component and labels; alerts wait
/// in a group for <see cref="GroupWait"/> so that an outage of many components is one notification, each alert is
/// notified again at most every <see cref="RepeatInterval"/> unless its severity rises, alerts of a component whose
/// dependency is down are inhibited, and a cleared alert is notified as resolved once it stays clear for
/// <see cref="ResolveAfter"/>.
/// </summary>
public sealed class AlertingOptions
{
    /// <summary>Gets or sets the least severity that is notified; less severe alerts are kept in the report only.</summary>
    /// <value>The default is <see cref="AlertSeverity.Warning"/>.</value>
    public AlertSeverity MinimumSeverity { get; set; } = AlertSeverity.Warning;

    /// <summary>Gets or sets how many evaluations in a row a component must be degraded or unhealthy before the monitor
    /// raises its <see cref="HealthAlertNames.ComponentStatus"/> alert.</summary>
    /// <value>The default is 2; the range is 1 to 100.</value>
    public int FireAfterChecks { get; set; } = 2;

    /// <summary>Gets or sets how long any alert must keep firing before it is notified; an alert that resolves sooner is
    /// never notified.</summary>
    /// <value>The default is zero: at once (after <see cref="GroupWait"/>); the range is 0 to 1 day.</value>
    public TimeSpan FireAfter { get; set; } = TimeSpan.Zero;

    /// <summary>Gets or sets how long a new group waits for more alerts before its first notification.</summary>
    /// <value>The default is 30 seconds; the range is 0 to 1 hour.</value>
    public TimeSpan GroupWait { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets the least time between two notifications of one group when alerts join, leave or resolve.</summary>
    /// <value>The default is 5 minutes; the range is 1 second to 1 day.</value>
    public TimeSpan GroupInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Gets or sets the cooldown of an alert that keeps firing unchanged: it is notified again after this long.
    /// A rise in severity is notified at once, whatever the cooldown.</summary>
    /// <value>The default is 4 hours; the range is 1 second to 7 days, and at least <see cref="GroupInterval"/>.</value>
    public TimeSpan RepeatInterval { get; set; } = TimeSpan.FromHours(4);

    /// <summary>Gets or sets how long a notified alert must stay clear before its resolved notification goes out; if it
    /// fires again sooner, nothing is sent (flapping protection).</summary>
    /// <value>The default is 5 minutes; the range is 0 to 1 day.</value>
    public TimeSpan ResolveAfter { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Gets or sets how many changes between firing and clear within <see cref="FlapWindow"/> make an alert
    /// flapping; a flapping alert is not resolved until it stays clear for the whole window.</summary>
    /// <value>The default is 4; the range is 2 to 100.</value>
    public int FlapThreshold { get; set; } = 4;

    /// <summary>Gets or sets the window in which <see cref="FlapThreshold"/> changes make an alert flapping.</summary>
    /// <value>The default is 1 hour; the range is 1 second to 1 day.</value>
    public TimeSpan FlapWindow { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Gets what alerts are grouped by besides their name: <c>component</c>, or the name of a label. Alerts in one
    /// group are notified together.</summary>
    /// <value>The default is empty: alerts are grouped by name only, so one outage across components is one notification.</value>
    public IList<string> GroupBy { get; } = new List<string>();

    /// <summary>Gets or sets how many distinct alerts the router tracks; further new alerts are counted and dropped.</summary>
    /// <value>The default is 10,000; the range is 10 to 1,000,000.</value>
    public int MaxActiveAlerts { get; set; } = 10_000;

    /// <summary>Gets or sets whether notifications are written to the log (category
    /// <c>VideoPipeline.Sdk.Health.Alerts</c>), at a level that follows their severity.</summary>
    /// <value>The default is <see langword="true"/>.</value>
    public bool LogNotifications { get; set; } = true;

    /// <summary>Gets or sets how many of the latest notifications the <see cref="InMemoryAlertSink"/> keeps.</summary>
    /// <value>The default is 1,000; the range is 1 to 1,000,000.</value>
    public int InMemoryCapacity { get; set; } = 1_000;

    /// <summary>Gets the options of the webhook that notifications are posted to, bound from
    /// <c>VideoPipeline:Health:Alerting:Webhook</c>.</summary>
    public AlertWebhookOptions Webhook { get; } = new();
}
