namespace VideoPipeline.Sdk.Health;

/// <summary>
/// The warning and critical levels of one metric of a component: beyond <see cref="Warning"/> the component is degraded,
/// beyond <see cref="Critical"/> unhealthy, "beyond" meaning above or below as <see cref="Direction"/> says. The warning
/// level must not be beyond the critical one.
/// </summary>
public sealed class MetricThreshold
{
    /// <summary>Gets or sets the level beyond which the metric makes its component degraded.</summary>
    public double Warning { get; set; }

    /// <summary>Gets or sets the level beyond which the metric makes its component unhealthy.</summary>
    public double Critical { get; set; }

    /// <summary>Gets or sets which side of the levels is bad.</summary>
    /// <value>The default is <see cref="ThresholdDirection.Above"/>.</value>
    public ThresholdDirection Direction { get; set; }
}
