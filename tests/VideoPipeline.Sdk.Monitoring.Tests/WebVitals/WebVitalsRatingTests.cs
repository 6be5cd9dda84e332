namespace VideoPipeline.Sdk.Monitoring.Tests.WebVitals;

public sealed class WebVitalsRatingTests
{
    [Theory]
    [InlineData("LCP", 2500, "good")]
    [InlineData("LCP", 2500.001, "needs_improvement")]
    [InlineData("LCP", 4000, "needs_improvement")]
    [InlineData("LCP", 4000.001, "poor")]
    [InlineData("INP", 200, "good")]
    [InlineData("INP", 200.001, "needs_improvement")]
    [InlineData("INP", 500, "needs_improvement")]
    [InlineData("INP", 500.001, "poor")]
    [InlineData("CLS", 0.1, "good")]
    [InlineData("CLS", 0.10001, "needs_improvement")]
    [InlineData("CLS", 0.25, "needs_improvement")]
    [InlineData("CLS", 0.25001, "poor")]
    [InlineData("FCP", 1800, "good")]
    [InlineData("FCP", 1800.001, "needs_improvement")]
    [InlineData("FCP", 3000, "needs_improvement")]
    [InlineData("FCP", 3000.001, "poor")]
    [InlineData("TTFB", 800, "good")]
    [InlineData("TTFB", 800.001, "needs_improvement")]
    [InlineData("TTFB", 1800, "needs_improvement")]
    [InlineData("TTFB", 1800.001, "poor")]
    [InlineData("FID", 100, "good")]
    [InlineData("FID", 100.001, "needs_improvement")]
    [InlineData("FID", 300, "needs_improvement")]
    [InlineData("FID", 300.001, "poor")]
    [InlineData("LCP", 0, "good")]
    public async Task RecordWebVitals_RatesAtTheThresholdsLikeTheWebVitalsLibrary(string metric, double value, string rating)
    {
        await using var host = await MonitorHost.StartAsync();
        using var collector = host.Collect<double>($"videopipeline.web_vitals.{metric.ToLowerInvariant()}");

        var outcome = host.Monitor.RecordWebVitals(new WebVitalsReport { Name = metric, Value = value, DeviceClass = DeviceClass.Desktop });

        Assert.Equal(WebVitalsOutcome.Recorded, outcome);
        var measurement = Assert.Single(collector.GetMeasurementSnapshot());
        Assert.Equal(rating, measurement.Tags[VideoPipelineDiagnostics.WebVitalsRatingTag]);
        Assert.Equal("desktop", measurement.Tags[VideoPipelineDiagnostics.DeviceClassTag]);
    }

    [Theory]
    [InlineData("LCP", 2500, 2.5, "s")]
    [InlineData("INP", 120, 0.12, "s")]
    [InlineData("FCP", 1000, 1.0, "s")]
    [InlineData("TTFB", 300, 0.3, "s")]
    [InlineData("FID", 50, 0.05, "s")]
    [InlineData("CLS", 0.05, 0.05, "1")]
    public async Task RecordWebVitals_PublishesInTheInstrumentsUnit(string metric, double reported, double published, string unit)
    {
        await using var host = await MonitorHost.StartAsync();
        using var collector = host.Collect<double>($"videopipeline.web_vitals.{metric.ToLowerInvariant()}");

        host.Monitor.RecordWebVitals(new WebVitalsReport { Name = metric, Value = reported });

        Assert.Equal(published, Assert.Single(collector.GetMeasurementSnapshot()).Value, 1e-12);
        Assert.Equal(unit, collector.Instrument!.Unit);
    }

    [Theory]
    [InlineData(DeviceClass.Unknown, "unknown")]
    [InlineData(DeviceClass.Desktop, "desktop")]
    [InlineData(DeviceClass.Mobile, "mobile")]
    [InlineData(DeviceClass.Tablet, "tablet")]
    public async Task RecordWebVitals_TagsTheDeviceClass(DeviceClass deviceClass, string tag)
    {
        await using var host = await MonitorHost.StartAsync();
        using var collector = host.Collect<double>(VideoPipelineDiagnostics.WebVitalsInteractionToNextPaint);

        host.Monitor.RecordWebVitals(new WebVitalsReport { Name = "INP", Value = 100, DeviceClass = deviceClass });

        Assert.Equal(tag, Assert.Single(collector.GetMeasurementSnapshot()).Tags[VideoPipelineDiagnostics.DeviceClassTag]);
    }
}
