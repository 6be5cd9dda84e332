namespace VideoPipeline.Sdk.Monitoring;

/// <summary>Which way a series must move to cross a threshold.</summary>
public enum TrendDirection
{
    /// <summary>The series rises toward the threshold (memory use toward a limit).</summary>
    Upward = 0,

    /// <summary>The series falls toward the threshold (free disk space toward a floor).</summary>
    Downward = 1,
}
