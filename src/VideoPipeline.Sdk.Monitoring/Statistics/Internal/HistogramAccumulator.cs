namespace VideoPipeline.Sdk.Monitoring.Statistics.Internal;

/// <summary>
/// Adds up the slots of a window (or several series) for a read: bucket counts, errors and the sum, then answers
/// percentiles. Used by one reader at a time; reused across series so a snapshot allocates one per call.
/// </summary>
internal sealed class HistogramAccumulator
{
    private readonly long[] _counts = new long[LogHistogram.BucketCount];

    public long Count { get; private set; }

    public long Errors { get; private set; }

    public double Sum { get; private set; }

    public void Clear()
    {
        Array.Clear(_counts);
        Count = 0;
        Errors = 0;
        Sum = 0;
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
        Sum += sum;
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

    public WindowStatistics ToStatistics(TimeSpan window) =>
        new(window, Count, Errors, Sum, Quantile(0.50), Quantile(0.75), Quantile(0.95), Quantile(0.99));
}
