namespace VideoPipeline.Sdk.Monitoring.Tests.Anomalies;

/// <summary>
/// The baseline the detectors are measured against, not shipped: a plain rolling z-score over the previous
/// <c>window</c> samples (mean and population standard deviation from running sums), which fires when |z| rises above
/// <c>limit</c> (the rising edge). A zero standard deviation makes any change an infinite z, as the arithmetic does.
/// </summary>
internal sealed class RollingZScoreDetector(int window = 100, double limit = 3)
{
    private readonly double[] _ring = new double[window];
    private int _count;
    private int _next;
    private double _sum;
    private double _squares;
    private bool _above;

    /// <summary>Feeds one sample; returns whether the detector fires on it.</summary>
    public bool Observe(double value)
    {
        var fires = false;
        if (_count == _ring.Length)
        {
            var mean = _sum / _count;
            var deviation = Math.Sqrt(Math.Max(0, (_squares / _count) - (mean * mean)));
            var distance = Math.Abs(value - mean);
            var above = deviation > 1e-12 * Math.Max(1, Math.Abs(mean)) ? distance / deviation > limit : distance > 1e-12 * Math.Max(1, Math.Abs(mean));
            fires = above && !_above;
            _above = above;
            _sum -= _ring[_next];
            _squares -= _ring[_next] * _ring[_next];
        }
        else
        {
            _count++;
        }

        _ring[_next] = value;
        _next = (_next + 1) % _ring.Length;
        _sum += value;
        _squares += value * value;
        return fires;
    }
}
