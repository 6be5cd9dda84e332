namespace VideoPipeline.Sdk.Monitoring.Progress.Internal;

/// <summary>
/// The duration prior of one step type: an exponentially weighted mean and variance of the natural log of finished steps'
/// durations in seconds, so one outlier moves it by a bounded factor. P50 is <c>exp(mean)</c>, P90 is
/// <c>exp(mean + 1.2816 σ)</c>. Until the first observation the median is the default duration; the spread starts at a
/// P90/P50 ratio of 2. Guarded by its own lock, which never takes another.
/// </summary>
internal sealed class StepDurationPrior
{
    /// <summary>The standard normal quantile of 0.9.</summary>
    public const double Z90 = 1.2815515655446004;

    private const double MinSeconds = 0.001;
    private static readonly double InitialVariance = Math.Pow(Math.Log(2) / Z90, 2);

    private readonly Lock _gate = new();
    private readonly double _smoothing;
    private double _mean;
    private double _variance = InitialVariance;
    private long _count;

    public StepDurationPrior(string tag, TimeSpan defaultDuration, double smoothing)
    {
        Tag = tag;
        _smoothing = smoothing;
        _mean = Math.Log(Math.Max(defaultDuration.TotalSeconds, MinSeconds));
    }

    /// <summary>Gets the bounded metric tag of the type: its name, or <c>_OTHER</c> for the shared overflow prior.</summary>
    public string Tag { get; }

    public void Observe(TimeSpan duration)
    {
        var x = Math.Log(Math.Max(duration.TotalSeconds, MinSeconds));
        lock (_gate)
        {
            if (_count == 0)
            {
                _mean = x;
            }
            else
            {
                var delta = x - _mean;
                _mean += _smoothing * delta;
                _variance = (1 - _smoothing) * (_variance + (_smoothing * delta * delta));
            }

            _count++;
        }
    }

    /// <summary>Gets the median and the P90 duration in seconds; <paramref name="p90"/> is never below <paramref name="p50"/>.</summary>
    public void Estimate(out double p50, out double p90)
    {
        lock (_gate)
        {
            p50 = Math.Exp(_mean);
            p90 = Math.Exp(_mean + (Z90 * Math.Sqrt(_variance)));
        }
    }
}
