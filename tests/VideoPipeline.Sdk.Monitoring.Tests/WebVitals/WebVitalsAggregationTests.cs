namespace VideoPipeline.Sdk.Monitoring.Tests.WebVitals;

public sealed class WebVitalsAggregationTests
{
    [Fact]
    public async Task Snapshot_ReportsThe75thPercentilePerMetricAndDeviceClassWithItsRating()
    {
        await using var host = await MonitorHost.StartAsync();

        // 100 mobile LCP reports of 40, 80, ..., 4000 ms: the 75th is 3000 ms, which needs improvement.
        foreach (var index in Enumerable.Range(1, 100).Reverse())
        {
            Assert.Equal(WebVitalsOutcome.Recorded, host.Monitor.RecordWebVitals(new WebVitalsReport { Name = "LCP", Value = index * 40, DeviceClass = DeviceClass.Mobile }));
        }

        // Desktop is fast: every report 1000 ms, so good.
        for (var index = 0; index < 20; index++)
        {
            host.Monitor.RecordWebVitals(new WebVitalsReport { Name = "LCP", Value = 1000, DeviceClass = DeviceClass.Desktop });
        }

        var vitals = host.Monitor.GetSnapshot().WebVitals;
        var mobile = vitals.Where(v => v is { Metric: "LCP", DeviceClass: DeviceClass.Mobile }).ToList();
        Assert.Equal([TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromHours(1)], mobile.Select(v => v.Window));
        Assert.All(mobile, v =>
        {
            Assert.Equal(100, v.Count);
            Assert.True(Math.Abs(v.P75 - 3000) <= 3000 * 0.032, $"p75 {v.P75}");
            Assert.Equal(WebVitalRating.NeedsImprovement, v.Rating);
        });
        var desktop = vitals.First(v => v is { Metric: "LCP", DeviceClass: DeviceClass.Desktop });
        Assert.Equal(20, desktop.Count);
        Assert.True(Math.Abs(desktop.P75 - 1000) <= 1000 * 0.032, $"p75 {desktop.P75}");
        Assert.Equal(WebVitalRating.Good, desktop.Rating);
        Assert.Equal(6, vitals.Count);
    }

    [Theory]
    [InlineData("LCP", 2500, 2500, 2500, WebVitalRating.Good)]                 // every report exactly at the good threshold
    [InlineData("LCP", 4000, 4000, 4000, WebVitalRating.NeedsImprovement)]     // exactly at the poor threshold
    [InlineData("CLS", 0.25, 0.25, 0.25, WebVitalRating.NeedsImprovement)]
    [InlineData("INP", 100, 200, 501, WebVitalRating.Poor)]                    // 74 good (24 at the edge), 26 poor: the 75th is poor
    public async Task Snapshot_RatesTheP75ExactlyAtTheThresholds(string metric, double first, double middle, double last, WebVitalRating expected)
    {
        await using var host = await MonitorHost.StartAsync();
        for (var index = 0; index < 100; index++)
        {
            var value = index < 50 ? first : index < 74 ? middle : last;
            host.Monitor.RecordWebVitals(new WebVitalsReport { Name = metric, Value = value, DeviceClass = DeviceClass.Mobile });
        }

        var vital = host.Monitor.GetSnapshot().WebVitals.First();

        Assert.Equal(expected, vital.Rating);
        var (good, poor) = metric switch { "LCP" => (2500.0, 4000.0), "CLS" => (0.1, 0.25), _ => (200.0, 500.0) };
        Assert.Equal(expected, vital.P75 <= good ? WebVitalRating.Good : vital.P75 <= poor ? WebVitalRating.NeedsImprovement : WebVitalRating.Poor);
    }

    [Fact]
    public async Task Snapshot_ReportsClsInItsOwnUnitAndRatesAPoorP75()
    {
        await using var host = await MonitorHost.StartAsync();

        foreach (var value in new[] { 0.01, 0.02, 0.5, 0.6 })
        {
            host.Monitor.RecordWebVitals(new WebVitalsReport { Name = "CLS", Value = value, DeviceClass = DeviceClass.Tablet });
        }

        var cls = host.Monitor.GetSnapshot().WebVitals.First();
        Assert.Equal(("CLS", DeviceClass.Tablet, 4L, WebVitalRating.Poor), (cls.Metric, cls.DeviceClass, cls.Count, cls.Rating));
        Assert.True(Math.Abs(cls.P75 - 0.5) <= 0.5 * 0.032, $"p75 {cls.P75}");
    }

    [Theory]
    [InlineData("lcp")]
    [InlineData("Lcp")]
    [InlineData("LCP")]
    public async Task RecordWebVitals_MatchesNamesCaseInsensitively(string name)
    {
        await using var host = await MonitorHost.StartAsync();

        Assert.Equal(WebVitalsOutcome.Recorded, host.Monitor.RecordWebVitals(new WebVitalsReport { Name = name, Value = 1200 }));

        Assert.All(host.Monitor.GetSnapshot().WebVitals, v => Assert.Equal(("LCP", DeviceClass.Unknown, 1L), (v.Metric, v.DeviceClass, v.Count)));
    }

    [Theory]
    [InlineData("FID", 80)]
    [InlineData("fid", 0)]
    [InlineData("TTFB", 300_000)]
    [InlineData("INP", 60_000)]
    [InlineData("CLS", 100)]
    public async Task RecordWebVitals_AcceptsEveryMetricUpToItsPlausibleLimit(string name, double value)
    {
        await using var host = await MonitorHost.StartAsync();

        Assert.Equal(WebVitalsOutcome.Recorded, host.Monitor.RecordWebVitals(new WebVitalsReport { Name = name, Value = value }));

        Assert.Equal(name.ToUpperInvariant(), host.Monitor.GetSnapshot().WebVitals[0].Metric);
    }

    [Fact]
    public async Task Snapshot_WithoutReports_HasNoWebVitals()
    {
        await using var host = await MonitorHost.StartAsync();

        Assert.Empty(host.Monitor.GetSnapshot().WebVitals);
    }

    [Fact]
    public async Task Snapshot_AfterTheWindowsPass_KeepsTheMetricWithEmptyWindows()
    {
        await using var host = await MonitorHost.StartAsync();
        host.Monitor.RecordWebVitals(new WebVitalsReport { Name = "INP", Value = 150, DeviceClass = DeviceClass.Mobile });

        host.Time.Advance(TimeSpan.FromMinutes(2));
        var vitals = host.Monitor.GetSnapshot().WebVitals;

        Assert.Equal([0L, 1L, 1L], vitals.Select(v => v.Count));
        Assert.True(double.IsNaN(vitals[0].P75));
        Assert.Null(vitals[0].Rating);
        Assert.Equal(WebVitalRating.Good, vitals[1].Rating);
    }
}
