using System.Numerics;

namespace VideoPipeline.Sdk.Queueing.Statistics.Internal;

/// <summary>
/// A histogram of durations over a sliding window: four slices of a quarter window each, the oldest reused when time moves
/// past it. Buckets are log-linear (16 per power of two, so at most 1/16 wide) from 1 tick (100 ns) to 2^40 ticks (30 hours);
/// recording is a few instructions and never allocates. Guarded by the scheduler's lock.
/// </summary>
internal sealed class WindowedHistogram
{
    private const int SubBucketBits = 4;
    private const int SubBuckets = 1 << SubBucketBits;
    private const int MaxExponent = 40;
    private const int BucketCount = (MaxExponent + 1) * SubBuckets;
    private const int SliceCount = 4;

    private readonly long[][] _slices = [new long[BucketCount], new long[BucketCount], new long[BucketCount], new long[BucketCount]];
    private readonly long[] _sliceCounts = new long[SliceCount];
    private readonly long[] _sliceMax = new long[SliceCount];
    private readonly long[] _sliceStarts = new long[SliceCount];
    private readonly long _sliceTicks;

    public WindowedHistogram(TimeSpan window) => _sliceTicks = Math.Max(1, window.Ticks / SliceCount);

    public void Record(long durationTicks, long nowTicks)
    {
        var slice = Advance(nowTicks);
        var value = Math.Max(0, durationTicks);
        _slices[slice][BucketOf(value)]++;
        _sliceCounts[slice]++;
        if (value > _sliceMax[slice])
        {
            _sliceMax[slice] = value;
        }
    }

    public DurationPercentiles GetPercentiles(long nowTicks)
    {
        Advance(nowTicks);
        long count = 0, max = 0;
        for (var s = 0; s < SliceCount; s++)
        {
            count += _sliceCounts[s];
            max = Math.Max(max, _sliceMax[s]);
        }

        if (count == 0)
        {
            return default;
        }

        return new DurationPercentiles
        {
            Count = count,
            P50 = TimeSpan.FromTicks(Math.Min(max, ValueAt(count, 0.50))),
            P90 = TimeSpan.FromTicks(Math.Min(max, ValueAt(count, 0.90))),
            P99 = TimeSpan.FromTicks(Math.Min(max, ValueAt(count, 0.99))),
            Max = TimeSpan.FromTicks(max),
        };
    }

    internal static int BucketOf(long value)
    {
        if (value < SubBuckets)
        {
            return (int)value;
        }

        var exponent = 63 - BitOperations.LeadingZeroCount((ulong)value);
        if (exponent > MaxExponent)
        {
            return BucketCount - 1;
        }

        var mantissa = (int)(value >> (exponent - SubBucketBits)) & (SubBuckets - 1);
        return ((exponent - SubBucketBits + 1) * SubBuckets) + mantissa;
    }

    /// <summary>Returns the upper edge of a bucket, so that a percentile never understates.</summary>
    internal static long UpperEdgeOf(int bucket)
    {
        if (bucket < SubBuckets)
        {
            return bucket;
        }

        var exponent = (bucket / SubBuckets) + SubBucketBits - 1;
        var mantissa = bucket % SubBuckets;
        var width = 1L << (exponent - SubBucketBits);
        return (1L << exponent) + ((mantissa + 1) * width) - 1;
    }

    private long ValueAt(long count, double quantile)
    {
        var rank = Math.Max(1, (long)Math.Ceiling(quantile * count));
        long seen = 0;
        for (var bucket = 0; bucket < BucketCount; bucket++)
        {
            for (var s = 0; s < SliceCount; s++)
            {
                seen += _slices[s][bucket];
            }

            if (seen >= rank)
            {
                return UpperEdgeOf(bucket);
            }
        }

        return UpperEdgeOf(BucketCount - 1);
    }

    /// <summary>Moves the window to <paramref name="nowTicks"/>, clearing slices that fell out, and returns the current slice.</summary>
    private int Advance(long nowTicks)
    {
        var start = nowTicks - (nowTicks % _sliceTicks);
        var slice = (int)((nowTicks / _sliceTicks) % SliceCount);
        if (_sliceStarts[slice] != start)
        {
            Array.Clear(_slices[slice]);
            _sliceCounts[slice] = 0;
            _sliceMax[slice] = 0;
            _sliceStarts[slice] = start;
        }

        for (var s = 0; s < SliceCount; s++)
        {
            if (s != slice && _sliceCounts[s] != 0 && nowTicks - _sliceStarts[s] >= _sliceTicks * SliceCount)
            {
                Array.Clear(_slices[s]);
                _sliceCounts[s] = 0;
                _sliceMax[s] = 0;
            }
        }

        return slice;
    }
}
