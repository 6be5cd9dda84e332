using Microsoft.Extensions.Time.Testing;

namespace VideoPipeline.Sdk.Monitoring.Tests.Statistics;

public sealed class SnapshotWindowTests
{
    private static readonly TimeSpan[] DefaultWindows = [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromHours(1)];

    [Fact]
    public async Task Snapshot_IsStampedWithTheTimeProvidersClock()
    {
        await using var host = await MonitorHost.StartAsync();
        host.Time.Advance(TimeSpan.FromMinutes(3));

        Assert.Equal(host.Time.GetUtcNow(), host.Monitor.GetSnapshot().Timestamp);
    }

    [Fact]
    public async Task Windows_AreTheConfiguredOnesShortestFirst()
    {
        await using var host = await MonitorHost.StartAsync();
        host.Monitor.RecordInteraction("view", "gallery", TimeSpan.FromMilliseconds(1), success: true);

        Assert.Equal(DefaultWindows, Assert.Single(host.Monitor.GetSnapshot().Interactions).Windows.Select(window => window.Window));
    }

    [Fact]
    public async Task Windows_ConfiguredOutOfOrderWithADuplicate_AreReportedShortestFirstOnce()
    {
        await using var host = await MonitorHost.StartAsync(options =>
        {
            options.SnapshotWindows.Clear();
            options.SnapshotWindows.Add(TimeSpan.FromHours(2));
            options.SnapshotWindows.Add(TimeSpan.FromSeconds(10));
            options.SnapshotWindows.Add(TimeSpan.FromHours(2));
        });
        host.Monitor.RecordInteraction("view", "gallery", TimeSpan.FromMilliseconds(1), success: true);

        Assert.Equal(
            [TimeSpan.FromSeconds(10), TimeSpan.FromHours(2)],
            Assert.Single(host.Monitor.GetSnapshot().Interactions).Windows.Select(window => window.Window));
    }

    [Fact]
    public async Task Windows_DropMeasurementsOlderThanTheirLength()
    {
        await using var host = await MonitorHost.StartAsync();
        for (var index = 0; index < 10; index++)
        {
            host.Monitor.RecordInteraction("view", "gallery", TimeSpan.FromMilliseconds(100), success: index < 3);
        }

        host.Time.Advance(TimeSpan.FromMinutes(2));
        for (var index = 0; index < 5; index++)
        {
            host.Monitor.RecordInteraction("view", "gallery", TimeSpan.FromMilliseconds(400), success: true);
        }

        Assert.Equal([(5L, 0L), (15L, 7L), (15L, 7L)], Counts(host));
        var recent = Windows(host)[0];
        Assert.Equal(0.4, recent.P50, 0.4 * 0.032);
        Assert.Equal(0, recent.ErrorRate);
        Assert.Equal(7.0 / 15, Windows(host)[1].ErrorRate, 1e-12);

        host.Time.Advance(TimeSpan.FromMinutes(4));
        Assert.Equal([(0L, 0L), (5L, 0L), (15L, 7L)], Counts(host));

        host.Time.Advance(TimeSpan.FromMinutes(61));
        Assert.Equal([(0L, 0L), (0L, 0L), (0L, 0L)], Counts(host));
        var interaction = Assert.Single(host.Monitor.GetSnapshot().Interactions);
        Assert.Equal((15L, 7L), (interaction.TotalCount, interaction.TotalErrors));
    }

    [Fact]
    public async Task Windows_KeepAMeasurementForAtLeastFiveSixthsOfTheirLengthAndDropItAfterTheirLength()
    {
        // The window slides in sixths, so a measurement 49 s old is in the 1-minute window wherever the slot edges fall,
        // and one 61 s old is not.
        foreach (var start in new[] { 0, 1, 5, 9 })
        {
            var time = new FakeTimeProvider();
            time.Advance(TimeSpan.FromSeconds(start));
            await using var host = await MonitorHost.StartAsync(time: time);
            host.Monitor.RecordInteraction("view", "gallery", TimeSpan.FromMilliseconds(1), success: true);

            time.Advance(TimeSpan.FromSeconds(49));
            Assert.Equal(1, Windows(host)[0].Count);

            time.Advance(TimeSpan.FromSeconds(12));
            Assert.Equal([0L, 1L, 1L], Windows(host).Select(window => window.Count));
        }
    }

    [Fact]
    public async Task Windows_ReusingASlotForgetsWhatItHeld()
    {
        await using var host = await MonitorHost.StartAsync();
        host.Monitor.RecordInteraction("view", "gallery", TimeSpan.FromMilliseconds(1), success: false);

        // Six slots later the ring is back at the first slot, which must start empty.
        host.Time.Advance(TimeSpan.FromSeconds(60));
        host.Monitor.RecordInteraction("view", "gallery", TimeSpan.FromMilliseconds(2), success: true);

        var recent = Windows(host)[0];
        Assert.Equal((1L, 0L), (recent.Count, recent.Errors));
        Assert.Equal(0.002, recent.Sum, 0.002 * 0.032);
        Assert.Equal((2L, 1L), (Windows(host)[1].Count, Windows(host)[1].Errors));
    }

    [Fact]
    public async Task Percentiles_OfAUniformDistribution_AreWithinTheDocumentedError()
    {
        await using var host = await MonitorHost.StartAsync();
        var values = Enumerable.Range(1, 1000).ToArray();
        foreach (var value in values.OrderBy(value => (value * 7919) % 1000))
        {
            host.Monitor.RecordInteraction("generate-clicked", "editor", TimeSpan.FromMilliseconds(value), success: value % 10 != 0);
        }

        foreach (var window in Windows(host))
        {
            Assert.Equal(1000, window.Count);
            Assert.Equal(0.1, window.ErrorRate, 1e-12);
            Assert.Equal(0.5005, window.Mean, 0.5005 * 0.032);
            Assert.Equal(500.5, window.Sum, 500.5 * 0.032);
            AssertWithin(0.500, window.P50);
            AssertWithin(0.750, window.P75);
            AssertWithin(0.950, window.P95);
            AssertWithin(0.990, window.P99);
        }
    }

    [Fact]
    public async Task Percentiles_OfASkewedDistribution_AreWithinTheDocumentedError()
    {
        // 90 fast calls at 20 ms, 8 at 2 s, 2 at 30 s: the tail must show in p95 and p99, not be averaged away.
        await using var host = await MonitorHost.StartAsync();
        var durations = Enumerable.Repeat(20, 90).Concat(Enumerable.Repeat(2_000, 8)).Concat(Enumerable.Repeat(30_000, 2)).ToArray();
        foreach (var milliseconds in durations)
        {
            await host.Monitor.TrackApiCallAsync("/v1/videos", "POST", _ =>
            {
                host.Time.Advance(TimeSpan.FromMilliseconds(milliseconds));
                return ValueTask.FromResult(0);
            });
        }

        // The calls span 78 s of fake time, so the 5-minute window holds them all.
        var window = Assert.Single(host.Monitor.GetSnapshot().Endpoints).Windows[1];
        Assert.Equal(100, window.Count);
        AssertWithin(0.020, window.P50);
        AssertWithin(2.0, window.P95);
        AssertWithin(30.0, window.P99);
    }

    [Fact]
    public async Task EmptyWindows_HaveNaNPercentilesAndNoErrors()
    {
        await using var host = await MonitorHost.StartAsync();
        host.Monitor.RecordInteraction("view", "gallery", TimeSpan.FromMilliseconds(1), success: false);

        host.Time.Advance(TimeSpan.FromHours(2));

        Assert.All(Windows(host), window =>
        {
            Assert.Equal((0L, 0L, 0.0, 0.0), (window.Count, window.Errors, window.Sum, window.ErrorRate));
            Assert.True(double.IsNaN(window.P50) && double.IsNaN(window.P75) && double.IsNaN(window.P95) && double.IsNaN(window.P99));
            Assert.True(double.IsNaN(window.Mean));
        });
    }

    private static void AssertWithin(double expected, double actual) =>
        Assert.True(Math.Abs(actual - expected) <= 0.032 * expected, $"expected {expected} within 3.2%, got {actual}");

    private static IReadOnlyList<WindowStatistics> Windows(MonitorHost host) =>
        Assert.Single(host.Monitor.GetSnapshot().Interactions).Windows;

    private static List<(long Count, long Errors)> Counts(MonitorHost host) =>
        [.. Windows(host).Select(window => (window.Count, window.Errors))];
}
