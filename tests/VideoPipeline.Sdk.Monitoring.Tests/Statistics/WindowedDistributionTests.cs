using Microsoft.Extensions.Time.Testing;
using VideoPipeline.Sdk.Monitoring.Statistics.Internal;

namespace VideoPipeline.Sdk.Monitoring.Tests.Statistics;

public sealed class WindowedDistributionTests
{
    private static readonly long Second = TimeSpan.TicksPerSecond;

    [Fact]
    public void Record_CountsInEveryWindowAndInTheTotals()
    {
        var distribution = Create();

        distribution.Record(100 * Second, 0.5, error: true);
        distribution.Record(100 * Second, 1.5, error: false);

        Assert.Equal((2L, 1L), (distribution.TotalCount, distribution.TotalErrors));
        Assert.All(distribution.ReadWindows(100 * Second, new HistogramAccumulator()), window =>
            Assert.Equal((2L, 1L, 2.0), (window.Count, window.Errors, window.Sum)));
    }

    [Fact]
    public void Record_OfAMeasurementOlderThanTheRing_DoesNotWipeNewerMeasurements()
    {
        // With a 1-minute window of 10-second slots, 10 s and 70 s share a slot. A measurement stamped at 10 s that is recorded
        // late (a thread paused between reading the clock and recording) must not reset the slot that holds 70 s.
        var distribution = Create();

        distribution.Record(70 * Second, 1.0, error: false);
        distribution.Record(10 * Second, 2.0, error: true);

        var windows = distribution.ReadWindows(70 * Second, new HistogramAccumulator());
        Assert.Equal((1L, 0L, 1.0), (windows[0].Count, windows[0].Errors, windows[0].Sum));
        Assert.Equal((2L, 1L, 3.0), (windows[1].Count, windows[1].Errors, windows[1].Sum));
        Assert.Equal(2, distribution.TotalCount);
    }

    [Fact]
    public void Record_OverTenMinutes_RollsTheShortWindowUpIntoTheLongerOnes()
    {
        // One measurement every 10 s for 10 minutes: the 1-minute window holds its six slots, the 5-minute window the six
        // 50-second slots rolled up from the short ring (300 s to 599 s), the hour all of them.
        var distribution = Create();
        for (var second = 0; second < 600; second += 10)
        {
            distribution.Record(second * Second, 1.0, error: second % 100 == 0);
        }

        var windows = distribution.ReadWindows(599 * Second, new HistogramAccumulator());

        Assert.Equal([6L, 30L, 60L], windows.Select(window => window.Count));
        Assert.Equal([0L, 3L, 6L], windows.Select(window => window.Errors));
        Assert.Equal([6.0, 30.0, 60.0], windows.Select(window => window.Sum));
        Assert.Equal((60L, 6L), (distribution.TotalCount, distribution.TotalErrors));
    }

    [Fact]
    public void ReadWindows_BeforeAnyMeasurement_IsEmpty()
    {
        var distribution = Create();

        var windows = distribution.ReadWindows(0, new HistogramAccumulator());

        Assert.All(windows, window => Assert.Equal(0, window.Count));
        Assert.Equal(0, distribution.TotalCount);
    }

    [Fact]
    public async Task Record_FromManyThreads_LosesNoMeasurement()
    {
        var distribution = Create();
        const int Threads = 8;
        const int PerThread = 20_000;

        await Task.WhenAll(Enumerable.Range(0, Threads).Select(thread => Task.Run(() =>
        {
            for (var index = 0; index < PerThread; index++)
            {
                distribution.Record(5 * Second, 0.25 * (1 + (index % 4)), error: index % 5 == 0);
            }
        })));

        Assert.Equal((Threads * PerThread, Threads * PerThread / 5L), (distribution.TotalCount, distribution.TotalErrors));
        Assert.All(distribution.ReadWindows(5 * Second, new HistogramAccumulator()), window =>
        {
            Assert.Equal(Threads * PerThread, window.Count);
            Assert.Equal(Threads * PerThread / 5L, window.Errors);
            Assert.Equal(Threads * PerThread * 0.625, window.Sum, 1e-6);
        });
    }

    private static WindowedDistribution Create() =>
        new(new WindowLayout([TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromHours(1)], new FakeTimeProvider()), exactSums: true);
}
