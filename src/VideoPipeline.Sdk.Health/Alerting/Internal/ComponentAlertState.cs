namespace VideoPipeline.Sdk.Health.Alerting.Internal;

/// <summary>What the <see cref="ComponentAlertRaiser"/> remembers of one component between evaluations.</summary>
internal sealed class ComponentAlertState
{
    /// <summary>Gets or sets how many evaluations in a row found the component degraded or unhealthy.</summary>
    public int UnhealthyEvaluations { get; set; }

    /// <summary>Gets or sets the severity of the status alert raised and not yet resolved, or <see langword="null"/>.</summary>
    public AlertSeverity? RaisedSeverity { get; set; }

    /// <summary>Gets the metrics whose prediction alert is raised and not yet resolved.</summary>
    public HashSet<string> PredictedMetrics { get; } = new(StringComparer.Ordinal);
}
