namespace VideoPipeline.Sdk.Monitoring.Tests.WebVitals;

public sealed class WebVitalsRejectionTests
{
    public static TheoryData<string?, double, DeviceClass, WebVitalsOutcome, string> Rejected => new()
    {
        { "LCPX", 1000, DeviceClass.Desktop, WebVitalsOutcome.UnknownMetric, "unknown_metric" },
        { "TBT", 100, DeviceClass.Desktop, WebVitalsOutcome.UnknownMetric, "unknown_metric" },
        { null, 1000, DeviceClass.Desktop, WebVitalsOutcome.UnknownMetric, "unknown_metric" },
        { string.Empty, 1000, DeviceClass.Desktop, WebVitalsOutcome.UnknownMetric, "unknown_metric" },
        { " LCP", 1000, DeviceClass.Desktop, WebVitalsOutcome.UnknownMetric, "unknown_metric" },
        { "LCP", -1, DeviceClass.Desktop, WebVitalsOutcome.NegativeValue, "negative_value" },
        { "CLS", -0.01, DeviceClass.Mobile, WebVitalsOutcome.NegativeValue, "negative_value" },
        { "LCP", double.NaN, DeviceClass.Desktop, WebVitalsOutcome.ImplausibleValue, "implausible_value" },
        { "LCP", double.PositiveInfinity, DeviceClass.Desktop, WebVitalsOutcome.ImplausibleValue, "implausible_value" },
        { "LCP", double.NegativeInfinity, DeviceClass.Desktop, WebVitalsOutcome.ImplausibleValue, "implausible_value" },
        { "LCP", 300_001, DeviceClass.Desktop, WebVitalsOutcome.ImplausibleValue, "implausible_value" },
        { "INP", 60_001, DeviceClass.Desktop, WebVitalsOutcome.ImplausibleValue, "implausible_value" },
        { "CLS", 100.5, DeviceClass.Desktop, WebVitalsOutcome.ImplausibleValue, "implausible_value" },
        { "FID", 1e12, DeviceClass.Desktop, WebVitalsOutcome.ImplausibleValue, "implausible_value" },
        { "LCP", 1000, (DeviceClass)4, WebVitalsOutcome.UnknownDeviceClass, "unknown_device_class" },
        { "LCP", 1000, (DeviceClass)(-1), WebVitalsOutcome.UnknownDeviceClass, "unknown_device_class" },
    };

    [Theory]
    [MemberData(nameof(Rejected))]
    public async Task RecordWebVitals_RejectsAndCountsABadReportWithoutRecordingIt(string? name, double value, DeviceClass deviceClass, WebVitalsOutcome expected, string tag)
    {
        await using var host = await MonitorHost.StartAsync();
        using var rejected = host.Collect<long>(VideoPipelineDiagnostics.WebVitalsRejected);
        using var lcp = host.Collect<double>(VideoPipelineDiagnostics.WebVitalsLargestContentfulPaint);
        host.Monitor.RecordWebVitals(new WebVitalsReport { Name = "INP", Value = 100 });
        var before = host.Monitor.GetSnapshot();

        var outcome = host.Monitor.RecordWebVitals(new WebVitalsReport { Name = name!, Value = value, DeviceClass = deviceClass });

        Assert.Equal(expected, outcome);
        var after = host.Monitor.GetSnapshot();
        Assert.Equal(1, after.RejectedWebVitals);
        Assert.Equal(before.WebVitals, after.WebVitals);
        Assert.Empty(lcp.GetMeasurementSnapshot());
        var measurement = Assert.Single(rejected.GetMeasurementSnapshot());
        Assert.Equal(1, measurement.Value);
        Assert.Equal(tag, measurement.Tags[VideoPipelineDiagnostics.OutcomeTag]);
    }

    [Fact]
    public async Task RecordWebVitals_CountsEveryRejection()
    {
        await using var host = await MonitorHost.StartAsync();
        using var rejected = host.Collect<long>(VideoPipelineDiagnostics.WebVitalsRejected);

        for (var index = 0; index < 25; index++)
        {
            host.Monitor.RecordWebVitals(new WebVitalsReport { Name = $"metric-{index}", Value = index });
        }

        host.Monitor.RecordWebVitals(new WebVitalsReport { Name = "LCP", Value = 900 });

        var snapshot = host.Monitor.GetSnapshot();
        Assert.Equal(25, snapshot.RejectedWebVitals);
        Assert.Equal(25, rejected.GetMeasurementSnapshot().Sum(m => m.Value));
        Assert.All(snapshot.WebVitals, v => Assert.Equal("LCP", v.Metric));
    }

    [Fact]
    public async Task RecordWebVitals_RejectsANullReport()
    {
        await using var host = await MonitorHost.StartAsync();

        var exception = Assert.Throws<ArgumentNullException>(() => host.Monitor.RecordWebVitals(null!));

        Assert.Equal("report", exception.ParamName);
        Assert.Equal(0, host.Monitor.GetSnapshot().RejectedWebVitals);
    }
}
