namespace VideoPipeline.Sdk.Health;

/// <summary>The names of the alerts the health monitor raises.</summary>
public static class HealthAlertNames
{
    /// <summary>A component has been degraded (<see cref="AlertSeverity.Warning"/>) or unhealthy
    /// (<see cref="AlertSeverity.Error"/>, or <see cref="AlertSeverity.Critical"/> for a critical component) for
    /// <see cref="AlertingOptions.FireAfterChecks"/> evaluations; resolved when it is healthy again.</summary>
    public const string ComponentStatus = "health.component.status";

    /// <summary>A metric is predicted to cross its critical level within <see cref="PredictionOptions.Horizon"/>
    /// (<see cref="AlertSeverity.Warning"/>, labelled with the metric); resolved when the prediction no longer holds.</summary>
    public const string Prediction = "health.prediction";
}
