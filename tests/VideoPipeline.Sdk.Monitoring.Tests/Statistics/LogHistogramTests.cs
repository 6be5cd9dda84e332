using CsCheck;
using VideoPipeline.Sdk.Monitoring.Statistics.Internal;

namespace VideoPipeline.Sdk.Monitoring.Tests.Statistics;

public sealed class LogHistogramTests
{
    private const double RelativeError = 0.032;
    private static readonly double Lowest = Math.ScaleB(1, LogHistogram.MinExponent);
    private static readonly double Highest = Math.ScaleB(1, LogHistogram.MaxExponent + 1);

    [Fact]
    public void Layout_HasAZeroBucketSixteenSubBucketsPerPowerOfTwoAndAnOverflowBucket()
    {
        Assert.Equal(2 + (37 * 16), LogHistogram.BucketCount);
        Assert.Equal(LogHistogram.BucketCount - 1, LogHistogram.OverflowBucket);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(-1e300)]
    [InlineData(double.NaN)]
    [InlineData(double.NegativeInfinity)]
    public void BucketOf_ZeroNegativeAndNaN_IsTheZeroBucket(double value) =>
        Assert.Equal(LogHistogram.ZeroBucket, LogHistogram.BucketOf(value));

    [Fact]
    public void BucketOf_NegativeZero_IsTheZeroBucket() =>
        Assert.Equal(LogHistogram.ZeroBucket, LogHistogram.BucketOf(-0.0));

    [Fact]
    public void BucketOf_PositiveValuesBelowTheRange_IsTheLowestBucket()
    {
        Assert.Equal(1, LogHistogram.BucketOf(double.Epsilon));
        Assert.Equal(1, LogHistogram.BucketOf(Math.ScaleB(1, LogHistogram.MinExponent - 1)));
        Assert.Equal(1, LogHistogram.BucketOf(Math.BitDecrement(Lowest)));
        Assert.Equal(1, LogHistogram.BucketOf(Lowest));
    }

    [Fact]
    public void BucketOf_ValuesFromTheTopOfTheRange_IsTheOverflowBucket()
    {
        Assert.Equal(LogHistogram.OverflowBucket - 1, LogHistogram.BucketOf(Math.BitDecrement(Highest)));
        Assert.Equal(LogHistogram.OverflowBucket, LogHistogram.BucketOf(Highest));
        Assert.Equal(LogHistogram.OverflowBucket, LogHistogram.BucketOf(double.MaxValue));
        Assert.Equal(LogHistogram.OverflowBucket, LogHistogram.BucketOf(double.PositiveInfinity));
    }

    [Fact]
    public void BucketOf_EachBucketStartsAtItsLowerBound()
    {
        for (var bucket = 1; bucket < LogHistogram.OverflowBucket; bucket++)
        {
            var offset = bucket - 1;
            var lower = Math.ScaleB(1 + ((offset & 15) / 16.0), LogHistogram.MinExponent + (offset >> 4));
            Assert.Equal(bucket, LogHistogram.BucketOf(lower));
            if (bucket > 1)
            {
                Assert.Equal(bucket - 1, LogHistogram.BucketOf(Math.BitDecrement(lower)));
            }
        }
    }

    [Theory]
    [InlineData(1.0, 1 + (20 * 16))]
    [InlineData(1.0625, 2 + (20 * 16))]
    [InlineData(1.5, 9 + (20 * 16))]
    [InlineData(2.0, 1 + (21 * 16))]
    [InlineData(0.5, 1 + (19 * 16))]
    public void BucketOf_KnownValues(double value, int bucket) =>
        Assert.Equal(bucket, LogHistogram.BucketOf(value));

    [Fact]
    public void ValueOf_ReportsZeroForTheZeroBucketAndTheLowerBoundForTheOverflowBucket()
    {
        Assert.Equal(0, LogHistogram.ValueOf(LogHistogram.ZeroBucket));
        Assert.Equal(Highest, LogHistogram.ValueOf(LogHistogram.OverflowBucket));
    }

    [Fact]
    public void ValueOf_IsTheMiddleOfTheBucket() =>
        Assert.Equal(1.03125, LogHistogram.ValueOf(LogHistogram.BucketOf(1.0)));

    [Fact]
    public void ValueOf_IsIncreasingAcrossBuckets()
    {
        for (var bucket = 1; bucket < LogHistogram.BucketCount; bucket++)
        {
            Assert.True(LogHistogram.ValueOf(bucket) > LogHistogram.ValueOf(bucket - 1), $"bucket {bucket}");
        }
    }

    [Fact]
    public void ValueOf_IsWithinTheDocumentedErrorOfEveryValueInItsBucket_AtTheEdges()
    {
        for (var bucket = 1; bucket < LogHistogram.OverflowBucket; bucket++)
        {
            var offset = bucket - 1;
            var exponent = LogHistogram.MinExponent + (offset >> 4);
            var lower = Math.ScaleB(1 + ((offset & 15) / 16.0), exponent);
            var upper = Math.BitDecrement(Math.ScaleB(1 + (((offset & 15) + 1) / 16.0), exponent));
            AssertWithinError(lower);
            AssertWithinError(upper);
        }
    }

    [Fact]
    public void ValueOf_IsWithinTheDocumentedErrorOfAnyValueInTheRange() =>
        Gen.Select(Gen.Int[LogHistogram.MinExponent, LogHistogram.MaxExponent], Gen.Double[1.0, 2.0])
            .Select(pair => Math.ScaleB(pair.Item2, pair.Item1))
            .Where(value => value < Highest)
            .Sample(AssertWithinError);

    [Fact]
    public void BucketOf_IsMonotonic() =>
        Gen.Select(Gen.Double[-1.0, 200_000.0], Gen.Double[-1.0, 200_000.0])
            .Sample((a, b) => a > b || LogHistogram.BucketOf(a) <= LogHistogram.BucketOf(b));

    private static void AssertWithinError(double value)
    {
        var reported = LogHistogram.ValueOf(LogHistogram.BucketOf(value));
        Assert.True(Math.Abs(reported - value) <= RelativeError * value, $"{value:R} reported as {reported:R}");
    }
}
