namespace VideoPipeline.Sdk.Health;

/// <summary>The metrics the monitor measures for every component, beside those its check reports; thresholds in
/// <see cref="ComponentOptions.Thresholds"/> apply to them by these names.</summary>
public static class ComponentMetricNames
{
    /// <summary>How long the last check took, in milliseconds.</summary>
    public const string ResponseTimeMilliseconds = "response_time.ms";

    /// <summary>The share of the checks in the history that were not unhealthy (0 to 1).</summary>
    public const string Availability = "availability";

    /// <summary>The share of the checks in the history that threw or timed out (0 to 1).</summary>
    public const string ErrorRate = "error_rate";
}
