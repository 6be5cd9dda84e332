namespace VideoPipeline.Sdk.Health.Evaluation.Internal;

/// <summary>The last values of one metric in a fixed ring, and the trend of a least-squares line through them.</summary>
internal sealed class MetricHistory(int capacity)
{
    /// <summary>The least change of the fitted line over the history, relative to the mean, that is a trend.</summary>
    public const double TrendFraction = 0.05;

    private readonly double[] _values = new double[capacity];
    private int _count;
    private int _next;

    public void Add(double value)
    {
        _values[_next] = value;
        _next = (_next + 1) % _values.Length;
        _count = Math.Min(_count + 1, _values.Length);
    }

    public MetricTrend Trend()
    {
        if (_count < 3)
        {
            return MetricTrend.Stable;
        }

        // x = 0 .. n-1 in insertion order.
        var start = _count < _values.Length ? 0 : _next;
        double sumX = 0, sumY = 0, sumXy = 0, sumXx = 0;
        for (var x = 0; x < _count; x++)
        {
            var y = _values[(start + x) % _values.Length];
            sumX += x;
            sumY += y;
            sumXy += x * y;
            sumXx += (double)x * x;
        }

        var n = (double)_count;
        var slope = ((n * sumXy) - (sumX * sumY)) / ((n * sumXx) - (sumX * sumX));
        var mean = sumY / n;
        var change = slope * (n - 1);
        var scale = Math.Max(Math.Abs(mean), double.Epsilon);
        // No change is stable even at a mean of zero, where TrendFraction * scale underflows to zero.
        return change == 0 ? MetricTrend.Stable
            : change >= TrendFraction * scale ? MetricTrend.Rising
            : change <= -TrendFraction * scale ? MetricTrend.Falling
            : MetricTrend.Stable;
    }
}
