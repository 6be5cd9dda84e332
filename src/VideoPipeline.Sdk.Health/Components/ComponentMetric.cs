using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace VideoPipeline.Sdk.Health;

/// <summary>One metric of a component at the last check, with what its threshold makes of it and where it is heading.</summary>
/// <param name="Name">The metric's name (see <see cref="ComponentMetricNames"/> for the ones every component has).</param>
/// <param name="Value">The value at the last check.</param>
/// <param name="Status">What the threshold makes of the value; <see cref="HealthStatus.Healthy"/> without a threshold.</param>
/// <param name="Trend">Where the metric is heading over the history.</param>
/// <param name="Threshold">The metric's threshold, or <see langword="null"/>.</param>
public sealed record ComponentMetric(string Name, double Value, HealthStatus Status, MetricTrend Trend, MetricThreshold? Threshold)
{
    /// <summary>Gets how long until the metric is predicted to cross its critical level, when the prediction passed the
    /// gates of <see cref="PredictionOptions"/>; otherwise <see langword="null"/>.</summary>
    /// <value>The default is <see langword="null"/>.</value>
    public TimeSpan? TimeToCritical { get; init; }
}
