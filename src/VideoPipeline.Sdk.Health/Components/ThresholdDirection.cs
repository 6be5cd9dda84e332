namespace VideoPipeline.Sdk.Health;

/// <summary>Which side of a threshold is bad.</summary>
public enum ThresholdDirection
{
    /// <summary>Values above the threshold are bad (latency, error rate, queue depth).</summary>
    Above = 0,

    /// <summary>Values below the threshold are bad (availability, free space, hit rate).</summary>
    Below = 1,
}
