using VideoPipeline.Sdk.Monitoring.Anomalies.Internal;

namespace VideoPipeline.Sdk.Monitoring;

/// <summary>
/// Options of a <see cref="LevelShiftDetector"/>. The defaults were chosen on labelled production-like series (the Numenta
/// Anomaly Benchmark): they detect a sudden spike or a sustained shift of a few standard deviations, once per incident.
/// </summary>
public sealed class LevelShiftDetectorOptions
{
    /// <summary>
    /// Gets or sets how many recent samples the expected level and spread mostly reflect: the span of the exponentially
    /// weighted mean and variance, whose weight per sample is 2 / (span + 1). Shorter follows the series faster.
    /// </summary>
    /// <value>The default is 50 samples; the range is 2 to 100,000.</value>
    public int BaselineSamples { get; set; } = 50;

    /// <summary>Gets or sets how many samples the detector learns from before it may detect anything.</summary>
    /// <value>The default is 50 samples; the range is 1 to 1,000,000.</value>
    public int WarmupSamples { get; set; } = 50;

    /// <summary>
    /// Gets or sets how many standard deviations from the expected level one sample must be to count as anomalous. A
    /// sustained shift is also detected below it, by a cumulative sum of the deviations (half a standard deviation of
    /// slack, a decision limit of five).
    /// </summary>
    /// <value>The default is 4; the range is greater than 0 and at most 100.</value>
    public double Sensitivity { get; set; } = 4;

    /// <summary>
    /// Gets or sets the smallest deviation, in the series' unit, that is worth reporting whatever the spread: a series
    /// that hardly varies does not alert on a change nobody would act on.
    /// </summary>
    /// <value>The default is 0; the range is 0 or more.</value>
    public double MinimumChange { get; set; }

    /// <summary>
    /// Gets or sets the smallest deviation worth reporting as a share of the expected level's magnitude (0.1 is 10%). The
    /// larger of this and <see cref="MinimumChange"/> applies.
    /// </summary>
    /// <value>The default is 0.1; the range is 0 to 100.</value>
    public double MinimumRelativeChange { get; set; } = 0.1;

    /// <summary>Gets or sets how many consecutive anomalous samples start an anomaly.</summary>
    /// <value>The default is 1 (the cumulative sum already requires persistence for small shifts); the range is 1 to 1,000.</value>
    public int Persistence { get; set; } = 1;

    /// <summary>
    /// Gets or sets how many consecutive normal samples clear an anomaly. Until then further anomalous samples belong to
    /// the same incident, so one incident is one detection.
    /// </summary>
    /// <value>The default is 20 samples; the range is 1 to 100,000.</value>
    public int ClearAfterSamples { get; set; } = 20;

    internal OptionRules Validate()
    {
        var rules = new OptionRules();
        rules.Check(BaselineSamples is >= 2 and <= 100_000, nameof(BaselineSamples), BaselineSamples, "between 2 and 100000");
        rules.Check(WarmupSamples is >= 1 and <= 1_000_000, nameof(WarmupSamples), WarmupSamples, "between 1 and 1000000");
        rules.Check(Sensitivity is > 0 and <= 100, nameof(Sensitivity), Sensitivity, "greater than 0 and at most 100");
        rules.Check(MinimumChange >= 0 && double.IsFinite(MinimumChange), nameof(MinimumChange), MinimumChange, "a finite number, 0 or more");
        rules.Check(MinimumRelativeChange is >= 0 and <= 100, nameof(MinimumRelativeChange), MinimumRelativeChange, "between 0 and 100");
        rules.Check(Persistence is >= 1 and <= 1_000, nameof(Persistence), Persistence, "between 1 and 1000");
        rules.Check(ClearAfterSamples is >= 1 and <= 100_000, nameof(ClearAfterSamples), ClearAfterSamples, "between 1 and 100000");
        return rules;
    }
}
