namespace VideoPipeline.Sdk.Monitoring.Statistics.Internal;

/// <summary>
/// The bucket layout shared by every histogram of the package: one bucket for zero and negative values, sixteen linear
/// sub-buckets per power of two from 2^-20 (about one microsecond, when the unit is seconds) to 2^17 (about 36 hours), and
/// one overflow bucket; smaller positive values count in the lowest bucket. A bucket's width is at most one sixteenth of its lower bound, so a percentile read at the bucket's
/// middle is within 3.2% of the true value. The layout is fixed, so any two histograms merge by adding counts.
/// </summary>
internal static class LogHistogram
{
    public const int MinExponent = -20;
    public const int MaxExponent = 16;
    public const int SubBucketBits = 4;
    public const int SubBuckets = 1 << SubBucketBits;
    public const int ZeroBucket = 0;
    public const int BucketCount = 2 + ((MaxExponent - MinExponent + 1) * SubBuckets);
    public const int OverflowBucket = BucketCount - 1;

    /// <summary>Gets the bucket of a value, reading the exponent and the top mantissa bits of its IEEE 754 form.</summary>
    public static int BucketOf(double value)
    {
        if (!(value > 0))
        {
            return ZeroBucket;
        }

        var bits = BitConverter.DoubleToInt64Bits(value);
        var exponent = (int)((bits >> 52) & 0x7FF) - 1023;
        if (exponent < MinExponent)
        {
            return 1;
        }

        if (exponent > MaxExponent)
        {
            return OverflowBucket;
        }

        var subBucket = (int)((bits >> (52 - SubBucketBits)) & (SubBuckets - 1));
        return 1 + ((exponent - MinExponent) << SubBucketBits) + subBucket;
    }

    /// <summary>Gets the value reported for a bucket: the middle of its range (zero for the zero bucket, the lower bound
    /// for the overflow bucket).</summary>
    public static double ValueOf(int bucket)
    {
        if (bucket <= ZeroBucket)
        {
            return 0;
        }

        if (bucket >= OverflowBucket)
        {
            return Math.ScaleB(1, MaxExponent + 1);
        }

        var offset = bucket - 1;
        var exponent = MinExponent + (offset >> SubBucketBits);
        var subBucket = offset & (SubBuckets - 1);
        return Math.ScaleB(1 + ((subBucket + 0.5) / SubBuckets), exponent);
    }
}
