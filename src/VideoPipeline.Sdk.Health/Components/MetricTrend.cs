namespace VideoPipeline.Sdk.Health;

/// <summary>Where a metric is heading over its recent history, by a least-squares line through it.</summary>
public enum MetricTrend
{
    /// <summary>The line changes the metric by less than 5% of its mean over the history (or the history is too short).</summary>
    Stable = 0,

    /// <summary>The line rises by at least 5% of the metric's mean over the history.</summary>
    Rising = 1,

    /// <summary>The line falls by at least 5% of the metric's mean over the history.</summary>
    Falling = 2,
}
