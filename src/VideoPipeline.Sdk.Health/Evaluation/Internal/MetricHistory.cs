namespace VideoPipeline.Sdk.Health.Evaluation.Internal;

/// <summary>
/// The last values of one metric and when each was measured, in fixed rings; the trend of a least-squares line through
/// the values in order; and the prediction of when a line through the values against time crosses the metric's critical
/// level, with the count of evaluations in a row that predicted a crossing (see <see cref="PredictionOptions"/>).
/// </summary>
internal sealed class MetricHistory(int capacity)
{
    /// <summary>The least change of the fitted line over the history, relative to the mean, that is a trend.</summary>
    public const double TrendFraction = 0.05;

    private readonly double[] _values = new double[capacity];
    private readonly DateTimeOffset[] _timestamps = new DateTimeOffset[capacity];
    private int _count;
    private int _next;
    private int _predictionStreak;

    public void Add(double value, DateTimeOffset timestamp)
    {
        _values[_next] = value;
        _timestamps[_next] = timestamp;
        _next = (_next + 1) % _values.Length;
        _count = Math.Min(_count + 1, _values.Length);
    }

    public MetricTrend Trend()
    {
        if (_count < 3)
        {
            return MetricTrend.Stable;
        }

        var (slope, _, mean) = Fit(byTime: false);
        var change = slope * (_count - 1);
        var scale = Math.Max(Math.Abs(mean), double.Epsilon);
        // No change is stable even at a mean of zero, where TrendFraction * scale underflows to zero.
        return change == 0 ? MetricTrend.Stable
            : change >= TrendFraction * scale ? MetricTrend.Rising
            : change <= -TrendFraction * scale ? MetricTrend.Falling
            : MetricTrend.Stable;
    }

    /// <summary>
    /// Predicts, after the latest value was added, how long from <paramref name="now"/> until the line through the history
    /// against time crosses the critical level of <paramref name="threshold"/>, and counts this evaluation toward the
    /// streak when the line moves toward the level, the latest value is not yet beyond it but already past
    /// <see cref="PredictionOptions.MinimumLevelFraction"/> of it, and the crossing falls within
    /// <see cref="PredictionOptions.Horizon"/>. Returns the time to the crossing (never negative) only once the streak
    /// reaches <see cref="PredictionOptions.RequiredEvaluations"/>; otherwise, and without a threshold, <see langword="null"/>.
    /// </summary>
    public TimeSpan? PredictTimeToCritical(MetricThreshold? threshold, PredictionOptions options, DateTimeOffset now)
    {
        var crossing = threshold is null || !options.Enabled ? null : Crossing(threshold, options, now);
        _predictionStreak = crossing is null ? 0 : _predictionStreak + 1;
        return _predictionStreak >= options.RequiredEvaluations ? crossing : null;
    }

    private TimeSpan? Crossing(MetricThreshold threshold, PredictionOptions options, DateTimeOffset now)
    {
        if (_count < 3)
        {
            return null;
        }

        var latest = _values[Index(_count - 1)];
        var critical = threshold.Critical;
        var above = threshold.Direction == ThresholdDirection.Above;
        var reachable = above
            ? latest <= critical && latest >= options.MinimumLevelFraction * critical
            : latest >= critical && latest <= critical / options.MinimumLevelFraction;
        if (!reachable)
        {
            return null;
        }

        // x is seconds relative to the latest value's timestamp, so the intercept is the line's value then.
        var (slope, intercept, _) = Fit(byTime: true);
        if (above ? slope <= 0 : slope >= 0)
        {
            return null;
        }

        var secondsAfterLatest = Math.Max((critical - intercept) / slope, 0);
        var fromNow = secondsAfterLatest - (now - _timestamps[Index(_count - 1)]).TotalSeconds;
        return fromNow <= options.Horizon.TotalSeconds ? TimeSpan.FromSeconds(Math.Max(fromNow, 0)) : null;
    }

    /// <summary>The least-squares line of the values against their position (0 to n-1) or against time.</summary>
    private (double Slope, double Intercept, double Mean) Fit(bool byTime)
    {
        var latest = _timestamps[Index(_count - 1)];
        double sumX = 0, sumY = 0;
        for (var position = 0; position < _count; position++)
        {
            var index = Index(position);
            sumX += byTime ? (_timestamps[index] - latest).TotalSeconds : position;
            sumY += _values[index];
        }

        var meanX = sumX / _count;
        var meanY = sumY / _count;
        double sumXy = 0, sumXx = 0;
        for (var position = 0; position < _count; position++)
        {
            var index = Index(position);
            var dx = (byTime ? (_timestamps[index] - latest).TotalSeconds : position) - meanX;
            sumXy += dx * (_values[index] - meanY);
            sumXx += dx * dx;
        }

        // Values all measured at one instant have no slope against time.
        var slope = sumXx > 0 ? sumXy / sumXx : 0;
        return (slope, meanY - (slope * meanX), meanY);
    }

    private int Index(int position) => ((_count < _values.Length ? 0 : _next) + position) % _values.Length;
}
