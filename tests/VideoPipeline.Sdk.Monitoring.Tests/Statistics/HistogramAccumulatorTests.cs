using VideoPipeline.Sdk.Monitoring.Statistics.Internal;

namespace VideoPipeline.Sdk.Monitoring.Tests.Statistics;

public sealed class HistogramAccumulatorTests
{
    [Fact]
    public void Quantile_OfAnEmptyAccumulator_IsNaN()
    {
        var accumulator = new HistogramAccumulator();

        var statistics = accumulator.ToStatistics(TimeSpan.FromMinutes(1));

        Assert.Equal((0L, 0L, 0.0), (statistics.Count, statistics.Errors, statistics.Sum));
        Assert.True(double.IsNaN(statistics.P50) && double.IsNaN(statistics.P75) && double.IsNaN(statistics.P95) && double.IsNaN(statistics.P99));
        Assert.Equal(0, statistics.ErrorRate);
        Assert.True(double.IsNaN(statistics.Mean));
    }

    [Fact]
    public void Quantile_UsesTheNearestRank()
    {
        var accumulator = new HistogramAccumulator();
        var counts = new int[LogHistogram.BucketCount];
        counts[LogHistogram.BucketOf(1.0)] = 3;
        counts[LogHistogram.BucketOf(8.0)] = 1;
        accumulator.Add(counts, errors: 1, sum: 11);

        // Ranks: 1, 1, 1, 8. The 75th percentile is the third value, anything above it the fourth.
        Assert.Equal(LogHistogram.ValueOf(LogHistogram.BucketOf(1.0)), accumulator.Quantile(0.75));
        Assert.Equal(LogHistogram.ValueOf(LogHistogram.BucketOf(8.0)), accumulator.Quantile(0.76));
        Assert.Equal(LogHistogram.ValueOf(LogHistogram.BucketOf(1.0)), accumulator.Quantile(0));
        Assert.Equal(LogHistogram.ValueOf(LogHistogram.BucketOf(8.0)), accumulator.Quantile(1));
    }

    [Fact]
    public void Add_MergesSlotsAndClearForgetsThem()
    {
        var accumulator = new HistogramAccumulator();
        var first = new int[LogHistogram.BucketCount];
        var second = new int[LogHistogram.BucketCount];
        first[LogHistogram.BucketOf(2.0)] = 2;
        second[LogHistogram.BucketOf(2.0)] = 1;
        second[LogHistogram.ZeroBucket] = 1;

        accumulator.Add(first, errors: 1, sum: 4);
        accumulator.Add(second, errors: 2, sum: 2);

        var merged = accumulator.ToStatistics(TimeSpan.FromSeconds(10));
        Assert.Equal((TimeSpan.FromSeconds(10), 4L, 3L, 6.0), (merged.Window, merged.Count, merged.Errors, merged.Sum));
        Assert.Equal(0.75, merged.ErrorRate);
        Assert.Equal(1.5, merged.Mean);
        Assert.Equal(LogHistogram.ValueOf(LogHistogram.BucketOf(2.0)), merged.P50);

        accumulator.Clear(estimateSum: false);
        Assert.Equal((0L, 0L, 0.0), (accumulator.Count, accumulator.Errors, accumulator.Sum));
        Assert.True(double.IsNaN(accumulator.Quantile(0.5)));
    }
}
