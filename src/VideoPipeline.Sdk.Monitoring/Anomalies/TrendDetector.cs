namespace VideoPipeline.Sdk.Monitoring;

/// <summary>
/// Predicts when a series will cross a threshold, one sample at a time: a least-squares line over the last
/// <see cref="TrendDetectorOptions.WindowSamples"/> (time, value) samples gives the level now and the rate of change. A
/// prediction starts when, for <see cref="TrendDetectorOptions.Persistence"/> samples in a row, the line reaches the
/// threshold within <see cref="TrendDetectorOptions.Horizon"/> (or the level is already past it) and the level is past
/// <see cref="TrendDetectorOptions.MinimumFractionOfThreshold"/>; it clears when that condition fails as many samples in a row.
/// </summary>
/// <remarks>
/// The detector keeps the window in two fixed arrays: each sample allocates nothing and costs time proportional to the
/// window. An instance is not thread-safe: feed one series from one thread at a time.
/// </remarks>
public sealed class TrendDetector
{
    private readonly long[] _ticks;
    private readonly double[] _values;
    private readonly double _threshold;
    private readonly TrendDirection _direction;
    private readonly double _horizonSeconds;
    private readonly double _fractionLevel;
    private readonly int _persistence;

    private int _next;
    private int _count;
    private bool _predicting;
    private int _run;

    /// <summary>Initializes a new instance of the <see cref="TrendDetector"/> class.</summary>
    /// <param name="options">The options; they are copied, so later changes do not affect the detector.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of its range; the message names it.</exception>
    public TrendDetector(TrendDetectorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate().ThrowIfInvalid(nameof(options));
        _ticks = new long[options.WindowSamples];
        _values = new double[options.WindowSamples];
        _threshold = options.Threshold;
        _direction = options.Direction;
        _horizonSeconds = options.Horizon.TotalSeconds;
        var margin = (1 - options.MinimumFractionOfThreshold) * Math.Abs(options.Threshold);
        _fractionLevel = options.Direction == TrendDirection.Upward ? options.Threshold - margin : options.Threshold + margin;
        _persistence = options.Persistence;
    }

    /// <summary>Gets whether a crossing is predicted (or has happened).</summary>
    public bool IsPredicting => _predicting;

    /// <summary>Feeds one sample and reports whether a prediction started or cleared with it. Allocates nothing.</summary>
    /// <param name="timestamp">When the sample was taken; not earlier than the previous sample's.</param>
    /// <param name="value">The sample.</param>
    /// <returns>The state change, the fitted level and rate, and the predicted crossing.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN or infinite, or
    /// <paramref name="timestamp"/> is earlier than the previous sample's.</exception>
    public TrendObservation Observe(DateTimeOffset timestamp, double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A sample must be a finite number.");
        }

        var ticks = timestamp.UtcTicks;
        if (_count > 0 && ticks < _ticks[(_next + _ticks.Length - 1) % _ticks.Length])
        {
            throw new ArgumentOutOfRangeException(nameof(timestamp), timestamp, "Samples must come in time order.");
        }

        _ticks[_next] = ticks;
        _values[_next] = value;
        _next = (_next + 1) % _ticks.Length;
        _count = Math.Min(_count + 1, _ticks.Length);
        if (_count < _ticks.Length)
        {
            return new TrendObservation { Timestamp = timestamp, Level = double.NaN, RatePerSecond = double.NaN, Threshold = _threshold, Direction = _direction };
        }

        Fit(ticks, out var level, out var rate);
        var crossing = Crossing(level, rate);
        var holds = crossing is { } seconds && seconds <= _horizonSeconds && PastFraction(level);
        return new TrendObservation
        {
            Transition = Advance(holds),
            IsPredicting = _predicting,
            Timestamp = timestamp,
            Level = level,
            RatePerSecond = rate,
            PredictedCrossing = crossing is { } ahead ? timestamp + TimeSpan.FromSeconds(ahead) : null,
            Threshold = _threshold,
            Direction = _direction,
        };
    }

    /// <summary>Fits value = level + rate * (t - now) by least squares, with times in seconds before the last sample.</summary>
    private void Fit(long nowTicks, out double level, out double rate)
    {
        double meanTime = 0, meanValue = 0;
        for (var index = 0; index < _values.Length; index++)
        {
            meanTime += (_ticks[index] - nowTicks) / (double)TimeSpan.TicksPerSecond;
            meanValue += _values[index];
        }

        meanTime /= _values.Length;
        meanValue /= _values.Length;
        double timeSquares = 0, products = 0;
        for (var index = 0; index < _values.Length; index++)
        {
            var time = ((_ticks[index] - nowTicks) / (double)TimeSpan.TicksPerSecond) - meanTime;
            timeSquares += time * time;
            products += time * (_values[index] - meanValue);
        }

        rate = timeSquares > 0 ? products / timeSquares : 0;
        level = meanValue - (rate * meanTime);
    }

    /// <summary>Seconds until the line crosses the threshold (0 when already past), or null when it moves away or is flat.</summary>
    private double? Crossing(double level, double rate)
    {
        var distance = _direction == TrendDirection.Upward ? _threshold - level : level - _threshold;
        if (distance <= 0)
        {
            return 0;
        }

        var speed = _direction == TrendDirection.Upward ? rate : -rate;
        return speed > 0 ? distance / speed : null;
    }

    private bool PastFraction(double level) =>
        _direction == TrendDirection.Upward ? level >= _fractionLevel : level <= _fractionLevel;

    private AnomalyTransition Advance(bool holds)
    {
        _run = holds != _predicting ? _run + 1 : 0;
        if (_run < _persistence)
        {
            return AnomalyTransition.None;
        }

        _predicting = holds;
        _run = 0;
        return holds ? AnomalyTransition.Entered : AnomalyTransition.Cleared;
    }
}
