namespace VideoPipeline.Sdk.Monitoring.Statistics.Internal;

/// <summary>
/// Adds up the slots of a window (or several series) for a read: bucket counts, errors and the sum, then answers
/// percentiles. Used by one reader at a time; reused across series so a snapshot allocates one per call.
/// </summary>
internal sealed class HistogramAccumulator
{
    private readonly long[] _counts = new long[LogHistogram.BucketCount];
    private double _sum;
    private bool _estimateSum;

    public long Count { get; private set; }

    public long Errors { get; private set; }

    /// <summary>Gets the sum of the values: exact when the series keeps sums, otherwise estimated from the buckets.</summary>
    public double Sum => _estimateSum ? EstimateSum() : _sum;

    public void Clear(bool estimateSum)
    {
        Array.Clear(_counts);
        Count = 0;
        Errors = 0;
        _sum = 0;
        _estimateSum = estimateSum;
    }

    public void Add(int[] counts, long errors, double sum)
    {
        long added = 0;
        for (var bucket = 0; bucket < counts.Length; bucket++)
        {
            var count = Volatile.Read(ref counts[bucket]);
            _counts[bucket] += count;
            added += count;
        }

        Count += added;
        Errors += errors;
        _sum += sum;
    }

    public void Add(long[] counts, long errors, double sum)
    {
        long added = 0;
        for (var bucket = 0; bucket < counts.Length; bucket++)
        {
            _counts[bucket] += counts[bucket];
            added += counts[bucket];
        }

        Count += added;
        Errors += errors;
        _sum += sum;
    }

    /// <summary>Gets the value at a quantile (0 to 1) by the nearest-rank method, or <see cref="double.NaN"/> when empty.</summary>
    public double Quantile(double quantile)
    {
        if (Count == 0)
        {
            return double.NaN;
        }

        var rank = Math.Max(1, (long)Math.Ceiling(quantile * Count));
        long seen = 0;
        for (var bucket = 0; bucket < _counts.Length; bucket++)
        {
            seen += _counts[bucket];
            if (seen >= rank)
            {
                return LogHistogram.ValueOf(bucket);
            }
        }

        return LogHistogram.ValueOf(LogHistogram.OverflowBucket);
    }

    private double EstimateSum()
    {
        double sum = 0;
        for (var bucket = 0; bucket < _counts.Length; bucket++)
        {
            sum += _counts[bucket] * LogHistogram.ValueOf(bucket);
        }

        return sum;
    }

    public WindowStatistics ToStatistics(TimeSpan window) =>
        new(window, Count, Errors, Sum, Quantile(0.50), Quantile(0.75), Quantile(0.95), Quantile(0.99));
}
