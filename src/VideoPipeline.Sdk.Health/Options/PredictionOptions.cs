namespace VideoPipeline.Sdk.Health;

/// <summary>
/// Options of threshold predictions, bound from <c>VideoPipeline:Health:Predictions</c>. For every metric with a critical
/// threshold, a least-squares line through its history predicts when it crosses the critical level; the prediction is
/// reported (<see cref="ComponentMetric.TimeToCritical"/>) and raised as a <see cref="HealthAlertNames.Prediction"/> alert
/// only when it falls within <see cref="Horizon"/> for <see cref="RequiredEvaluations"/> evaluations in a row and the
/// metric is already past <see cref="MinimumLevelFraction"/> of the critical level, so noise does not warn.
/// </summary>
public sealed class PredictionOptions
{
    /// <summary>Gets or sets whether metrics are predicted.</summary>
    /// <value>The default is <see langword="true"/>.</value>
    public bool Enabled { get; set; } = true;

    /// <summary>Gets or sets how far ahead a crossing is worth a warning.</summary>
    /// <value>The default is 1 hour; the range is 1 second to 30 days.</value>
    public TimeSpan Horizon { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Gets or sets how many evaluations in a row must predict a crossing within the horizon.</summary>
    /// <value>The default is 3; the range is 1 to 1,000.</value>
    public int RequiredEvaluations { get; set; } = 3;

    /// <summary>Gets or sets how far the metric must already be toward its critical level: for a threshold
    /// <see cref="ThresholdDirection.Above"/>, at least this fraction of the critical level; for one
    /// <see cref="ThresholdDirection.Below"/>, at most the critical level divided by this fraction.</summary>
    /// <value>The default is 0.75; the range is greater than 0 and at most 1.</value>
    public double MinimumLevelFraction { get; set; } = 0.75;
}
