namespace VideoPipeline.Sdk.Monitoring;

/// <summary>
/// Detects when a series leaves its usual level, one sample at a time: an exponentially weighted mean and variance give
/// the expected level and spread; a sample more than <see cref="LevelShiftDetectorOptions.Sensitivity"/> standard
/// deviations away (a spike), or a run of smaller deviations in one direction (a shift, by a two-sided cumulative sum),
/// starts an anomaly, provided the deviation exceeds the minimum meaningful change. The anomaly lasts until
/// <see cref="LevelShiftDetectorOptions.ClearAfterSamples"/> normal samples in a row, so one incident is one detection.
/// </summary>
/// <remarks>
/// <para>
/// Each sample costs constant time and allocates nothing. Deviations are clipped to the band before they update the
/// baseline, so a spike does not inflate the spread, and a lasting shift becomes the new normal within about
/// <see cref="LevelShiftDetectorOptions.BaselineSamples"/> samples.
/// </para>
/// <para>An instance is not thread-safe: feed one series from one thread at a time.</para>
/// </remarks>
public sealed class LevelShiftDetector
{
    private const double CusumSlack = 0.5;
    private const double CusumLimit = 5;

    private readonly double _weight;
    private readonly int _warmupSamples;
    private readonly double _sensitivity;
    private readonly double _minimumChange;
    private readonly double _minimumRelativeChange;
    private readonly int _persistence;
    private readonly int _clearAfterSamples;

    private long _count;
    private double _mean;
    private double _variance;
    private double _cusumUp;
    private double _cusumDown;
    private bool _anomalous;
    private int _anomalousRun;
    private int _normalRun;

    /// <summary>Initializes a new instance of the <see cref="LevelShiftDetector"/> class with default options.</summary>
    public LevelShiftDetector()
        : this(new LevelShiftDetectorOptions())
    {
    }

    /// <summary>Initializes a new instance of the <see cref="LevelShiftDetector"/> class.</summary>
    /// <param name="options">The options; they are copied, so later changes do not affect the detector.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of its range; the message names it.</exception>
    public LevelShiftDetector(LevelShiftDetectorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate().ThrowIfInvalid(nameof(options));
        _weight = 2.0 / (options.BaselineSamples + 1);
        _warmupSamples = options.WarmupSamples;
        _sensitivity = options.Sensitivity;
        _minimumChange = options.MinimumChange;
        _minimumRelativeChange = options.MinimumRelativeChange;
        _persistence = options.Persistence;
        _clearAfterSamples = options.ClearAfterSamples;
    }

    /// <summary>Gets whether the series is in an anomaly.</summary>
    public bool IsAnomalous => _anomalous;

    /// <summary>Feeds one sample and reports whether an anomaly started or cleared with it. Allocates nothing.</summary>
    /// <param name="timestamp">When the sample was taken; it is reported back, not used in the arithmetic.</param>
    /// <param name="value">The sample.</param>
    /// <returns>The state change, the expected level and the band around it.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN or infinite.</exception>
    public LevelShiftObservation Observe(DateTimeOffset timestamp, double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A sample must be a finite number.");
        }

        if (_count == 0)
        {
            _count = 1;
            _mean = value;
            return new LevelShiftObservation { Timestamp = timestamp, Value = value, Expected = double.NaN, LowerBound = double.NaN, UpperBound = double.NaN };
        }

        var expected = _mean;
        var deviation = value - expected;
        var spread = Math.Sqrt(_variance);
        var warmedUp = _count >= _warmupSamples;
        var minimumChange = Math.Max(_minimumChange, _minimumRelativeChange * Math.Abs(expected));
        var band = Math.Max(_sensitivity * spread, minimumChange);
        var exceeds = false;
        if (warmedUp)
        {
            var shifted = Shifted(deviation, spread, minimumChange);
            exceeds = shifted || Math.Abs(deviation) > band;
        }

        var transition = Advance(exceeds);
        Learn(deviation, spread, warmedUp);
        return new LevelShiftObservation
        {
            Transition = transition,
            IsAnomalous = _anomalous,
            Timestamp = timestamp,
            Value = value,
            Expected = expected,
            LowerBound = warmedUp ? expected - band : double.NaN,
            UpperBound = warmedUp ? expected + band : double.NaN,
        };
    }

    private bool Shifted(double deviation, double spread, double minimumChange)
    {
        if (spread <= 0)
        {
            return false;
        }

        var score = deviation / spread;
        _cusumUp = Math.Max(0, _cusumUp + score - CusumSlack);
        _cusumDown = Math.Max(0, _cusumDown - score - CusumSlack);
        if (_cusumUp <= CusumLimit && _cusumDown <= CusumLimit)
        {
            return false;
        }

        _cusumUp = 0;
        _cusumDown = 0;
        return Math.Abs(deviation) > minimumChange;
    }

    private AnomalyTransition Advance(bool exceeds)
    {
        if (!_anomalous)
        {
            _anomalousRun = exceeds ? _anomalousRun + 1 : 0;
            if (_anomalousRun < _persistence)
            {
                return AnomalyTransition.None;
            }

            _anomalous = true;
            _anomalousRun = 0;
            _normalRun = 0;
            return AnomalyTransition.Entered;
        }

        _normalRun = exceeds ? 0 : _normalRun + 1;
        if (_normalRun < _clearAfterSamples)
        {
            return AnomalyTransition.None;
        }

        _anomalous = false;
        _normalRun = 0;
        return AnomalyTransition.Cleared;
    }

    private void Learn(double deviation, double spread, bool warmedUp)
    {
        // During warm-up the weight is 1/n, so the first samples give their plain mean and variance.
        var weight = Math.Max(_weight, 1.0 / (_count + 1));
        if (warmedUp && spread > 0)
        {
            var limit = _sensitivity * spread;
            deviation = Math.Clamp(deviation, -limit, limit);
        }

        _mean += weight * deviation;
        _variance = (1 - weight) * (_variance + (weight * deviation * deviation));
        _count++;
    }
}
