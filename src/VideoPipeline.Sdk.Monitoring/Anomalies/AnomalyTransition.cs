namespace VideoPipeline.Sdk.Monitoring;

/// <summary>How a detector's state changed with one sample.</summary>
public enum AnomalyTransition
{
    /// <summary>The state did not change: still normal, or still anomalous (or predicting).</summary>
    None = 0,

    /// <summary>The condition started with this sample: raise an alert.</summary>
    Entered = 1,

    /// <summary>The condition cleared with this sample: resolve the alert.</summary>
    Cleared = 2,
}
