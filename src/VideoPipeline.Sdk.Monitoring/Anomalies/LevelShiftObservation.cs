namespace VideoPipeline.Sdk.Monitoring;

/// <summary>What a <see cref="LevelShiftDetector"/> made of one sample.</summary>
public readonly record struct LevelShiftObservation
{
    /// <summary>Gets how the detector's state changed with the sample.</summary>
    public AnomalyTransition Transition { get; init; }

    /// <summary>Gets whether the series is in an anomaly after the sample.</summary>
    public bool IsAnomalous { get; init; }

    /// <summary>Gets when the sample was taken.</summary>
    public DateTimeOffset Timestamp { get; init; }

    /// <summary>Gets the sample's value.</summary>
    public double Value { get; init; }

    /// <summary>Gets the level expected before the sample, or <see cref="double.NaN"/> for the first sample.</summary>
    public double Expected { get; init; }

    /// <summary>
    /// Gets the lowest value a single sample may take without being anomalous, or <see cref="double.NaN"/> during warm-up.
    /// </summary>
    public double LowerBound { get; init; }

    /// <summary>
    /// Gets the highest value a single sample may take without being anomalous, or <see cref="double.NaN"/> during warm-up.
    /// </summary>
    public double UpperBound { get; init; }
}
