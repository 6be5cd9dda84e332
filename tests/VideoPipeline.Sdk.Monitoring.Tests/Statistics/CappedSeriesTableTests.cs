using VideoPipeline.Sdk.Monitoring.Statistics.Internal;

namespace VideoPipeline.Sdk.Monitoring.Tests.Statistics;

public sealed class CappedSeriesTableTests
{
    [Fact]
    public void GetOrAdd_AddsUpToTheCapThenReturnsOneOverflowSeries()
    {
        var table = new CappedSeriesTable<string, object>(2, key => key, () => new object());

        var a = table.GetOrAdd("a", out var aOverflowed);
        var b = table.GetOrAdd("b", out _);
        var c = table.GetOrAdd("c", out var cOverflowed);
        var d = table.GetOrAdd("d", out _);

        Assert.Equal(("a", "b"), (a, b));
        Assert.False(aOverflowed);
        Assert.True(cOverflowed);
        Assert.Same(c, d);
        Assert.Same(c, table.Overflow);
        Assert.Equal(["a", "b"], table.Series.Keys.Order());
        Assert.Same(a, table.GetOrAdd("a", out var again));
        Assert.False(again);
    }

    [Fact]
    public void Overflow_IsNullUntilAKeyOverflows()
    {
        var table = new CappedSeriesTable<string, object>(1, key => key, () => new object());

        table.GetOrAdd("a", out _);

        Assert.Null(table.Overflow);
    }

    [Fact]
    public async Task GetOrAdd_FromManyThreads_NeverExceedsTheCapOrMakesTwoSeriesOfAKey()
    {
        var table = new CappedSeriesTable<int, object>(100, _ => new object(), () => new object());
        var seen = new object[8][];

        await Task.WhenAll(Enumerable.Range(0, 8).Select(worker => Task.Run(() =>
        {
            seen[worker] = [.. Enumerable.Range(0, 1000).Select(key => table.GetOrAdd(key, out _))];
        })));

        Assert.Equal(100, table.Series.Count);
        for (var key = 0; key < 1000; key++)
        {
            var expected = key < 100 && table.Series.TryGetValue(key, out var series) ? series : table.Overflow;
            Assert.All(seen, run => Assert.Same(expected, run[key]));
        }
    }
}
