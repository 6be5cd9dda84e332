namespace VideoPipeline.Sdk.Health;

/// <summary>
/// Options of the Health package, bound from the <c>VideoPipeline:Health</c> configuration section. Invalid values stop
/// the host at start with a message that names the key, the value and the allowed range.
/// </summary>
public sealed class HealthMonitorOptions
{
    /// <summary>The configuration section the options are bound from: <c>VideoPipeline:Health</c>.</summary>
    public const string SectionName = "VideoPipeline:Health";

    /// <summary>The name under which the monitor's own view is registered as a health check, so that
    /// <c>MapHealthChecks</c> endpoints reflect it.</summary>
    public const string HealthCheckName = "videopipeline";

    /// <summary>Gets or sets the time between the end of one evaluation of every component and the start of the next.</summary>
    /// <value>The default is 30 seconds; the range is 1 second to 1 hour.</value>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets how long a check may run when neither its registration nor its
    /// <see cref="ComponentOptions.Timeout"/> says.</summary>
    /// <value>The default is 10 seconds; the range is 1 millisecond to 10 minutes.</value>
    public TimeSpan DefaultTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Gets or sets how many checks of each component the history keeps, for availability, error rate and trends.</summary>
    /// <value>The default is 60; the range is 3 to 10,000.</value>
    public int HistorySize { get; set; } = 60;

    /// <summary>Gets or sets the highest health score while a critical component is unhealthy.</summary>
    /// <value>The default is 25; the range is 0 to 100.</value>
    public double CriticalDownScoreCap { get; set; } = 25;

    /// <summary>Gets the options of alert routing and delivery, bound from <c>VideoPipeline:Health:Alerting</c>.</summary>
    public AlertingOptions Alerting { get; } = new();

    /// <summary>Gets the options of threshold predictions, bound from <c>VideoPipeline:Health:Predictions</c>.</summary>
    public PredictionOptions Predictions { get; } = new();

    /// <summary>Gets the options of auto-recovery, bound from <c>VideoPipeline:Health:Recovery</c>. Off by default.</summary>
    public RecoveryOptions Recovery { get; } = new();

    /// <summary>Gets the options of components, by component name. Every name must be a registered component.</summary>
    /// <value>The default is empty.</value>
    public IDictionary<string, ComponentOptions> Components { get; } = new Dictionary<string, ComponentOptions>(StringComparer.Ordinal);
}
