namespace VideoPipeline.Sdk.Health;

/// <summary>Options of one component, bound from <c>VideoPipeline:Health:Components:&lt;name&gt;</c>.</summary>
public sealed class ComponentOptions
{
    /// <summary>Gets or sets what the component is, overriding the kind its registration gives.</summary>
    /// <value>The default is <see langword="null"/>: the registration's kind.</value>
    public ComponentKind? Kind { get; set; }

    /// <summary>Gets or sets the component's weight in the health score.</summary>
    /// <value>The default is <see langword="null"/>: the kind's weight (see <see cref="ComponentKind"/>); a value must be
    /// between 0 and 1,000.</value>
    public double? Weight { get; set; }

    /// <summary>Gets or sets whether the component being unhealthy caps the health score at
    /// <see cref="HealthMonitorOptions.CriticalDownScoreCap"/> and makes the overall status unhealthy.</summary>
    /// <value>The default is <see langword="false"/>.</value>
    public bool Critical { get; set; }

    /// <summary>Gets or sets how long the component's check may run.</summary>
    /// <value>The default is <see langword="null"/>: the registration's timeout, else
    /// <see cref="HealthMonitorOptions.DefaultTimeout"/>; a value must be between 1 millisecond and 10 minutes.</value>
    public TimeSpan? Timeout { get; set; }

    /// <summary>Gets the names of the components this one depends on (for example the database an API uses). While a
    /// dependency is unhealthy, this component's alerts are inhibited and its recovery actions do not run. Every name
    /// must be a registered component, and dependencies must not form a cycle.</summary>
    /// <value>The default is empty.</value>
    public IList<string> DependsOn { get; } = new List<string>();

    /// <summary>Gets the thresholds of the component's metrics, by metric name (see <see cref="ComponentMetricNames"/>
    /// and the metrics its check reports).</summary>
    /// <value>The default is empty.</value>
    public IDictionary<string, MetricThreshold> Thresholds { get; } = new Dictionary<string, MetricThreshold>(StringComparer.Ordinal);
}
