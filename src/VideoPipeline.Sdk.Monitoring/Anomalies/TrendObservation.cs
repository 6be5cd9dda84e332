namespace VideoPipeline.Sdk.Monitoring;

/// <summary>What a <see cref="TrendDetector"/> made of one sample.</summary>
public readonly record struct TrendObservation
{
    /// <summary>Gets how the detector's state changed with the sample.</summary>
    public AnomalyTransition Transition { get; init; }

    /// <summary>Gets whether a crossing is predicted (or has happened) after the sample.</summary>
    public bool IsPredicting { get; init; }

    /// <summary>Gets when the sample was taken.</summary>
    public DateTimeOffset Timestamp { get; init; }

    /// <summary>
    /// Gets the fitted level at <see cref="Timestamp"/> (less noisy than the last sample), or <see cref="double.NaN"/> until
    /// the window is full.
    /// </summary>
    public double Level { get; init; }

    /// <summary>Gets the fitted trend in the series' unit per second, or <see cref="double.NaN"/> until the window is full.</summary>
    public double RatePerSecond { get; init; }

    /// <summary>
    /// Gets when the fitted line crosses the threshold: <see cref="Timestamp"/> when the level is already past it, or
    /// <see langword="null"/> when the trend does not move toward it (or the window is not full).
    /// </summary>
    public DateTimeOffset? PredictedCrossing { get; init; }

    /// <summary>Gets the threshold watched.</summary>
    public double Threshold { get; init; }

    /// <summary>Gets which way the series must move to cross <see cref="Threshold"/>.</summary>
    public TrendDirection Direction { get; init; }
}
