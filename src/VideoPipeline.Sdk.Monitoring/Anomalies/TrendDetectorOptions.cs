using VideoPipeline.Sdk.Monitoring.Anomalies.Internal;

namespace VideoPipeline.Sdk.Monitoring;

/// <summary>
/// Options of a <see cref="TrendDetector"/>: the threshold to watch and the gates a prediction must pass, the way good
/// capacity alerts are gated (the trend reaches the threshold within the horizon, the level is already well on its way,
/// and both hold for a while).
/// </summary>
public sealed class TrendDetectorOptions
{
    /// <summary>Gets or sets the threshold whose crossing is predicted, in the series' unit.</summary>
    /// <value>The default is 0.9, which suits utilization series (0 to 1); any finite number.</value>
    public double Threshold { get; set; } = 0.9;

    /// <summary>Gets or sets which way the series must move to cross <see cref="Threshold"/>.</summary>
    /// <value>The default is <see cref="TrendDirection.Upward"/>.</value>
    public TrendDirection Direction { get; set; } = TrendDirection.Upward;

    /// <summary>
    /// Gets or sets how many recent samples the least-squares line is fitted to. The detector keeps exactly this many, and
    /// predicts nothing until it has them all.
    /// </summary>
    /// <value>The default is 60 samples (10 minutes at the monitor's 10-second interval); the range is 3 to 10,000.</value>
    public int WindowSamples { get; set; } = 60;

    /// <summary>Gets or sets how far ahead a predicted crossing raises a prediction.</summary>
    /// <value>The default is 30 minutes; the range is greater than zero and at most 365 days.</value>
    public TimeSpan Horizon { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// Gets or sets how far the fitted level must already be toward <see cref="Threshold"/>: rising, the level must be at
    /// least <c>Threshold - (1 - fraction) * |Threshold|</c> (0.75 of a positive threshold); falling, at most
    /// <c>Threshold + (1 - fraction) * |Threshold|</c>. A steep trend far from the threshold is not yet worth an alert.
    /// </summary>
    /// <value>The default is 0.75; the range is greater than 0 and at most 1.</value>
    public double MinimumFractionOfThreshold { get; set; } = 0.75;

    /// <summary>
    /// Gets or sets how many consecutive samples the condition must hold to start a prediction, and how many it must not
    /// hold to clear it, so a noisy series does not flap.
    /// </summary>
    /// <value>The default is 3 samples; the range is 1 to 1,000.</value>
    public int Persistence { get; set; } = 3;

    internal OptionRules Validate()
    {
        var rules = new OptionRules();
        rules.Check(double.IsFinite(Threshold), nameof(Threshold), Threshold, "a finite number");
        rules.Check(Enum.IsDefined(Direction), nameof(Direction), Direction, "Upward or Downward");
        rules.Check(WindowSamples is >= 3 and <= 10_000, nameof(WindowSamples), WindowSamples, "between 3 and 10000");
        rules.Check(Horizon > TimeSpan.Zero && Horizon <= TimeSpan.FromDays(365), nameof(Horizon), Horizon, "greater than 00:00:00 and at most 365.00:00:00");
        rules.Check(MinimumFractionOfThreshold is > 0 and <= 1, nameof(MinimumFractionOfThreshold), MinimumFractionOfThreshold, "greater than 0 and at most 1");
        rules.Check(Persistence is >= 1 and <= 1_000, nameof(Persistence), Persistence, "between 1 and 1000");
        return rules;
    }
}
