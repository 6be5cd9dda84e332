using System.Diagnostics.Metrics;

namespace VideoPipeline.Sdk.Monitoring.Tests.Instruments;

public sealed class MeterAggregatorTests
{
    [Fact]
    public async Task Counter_OfAnSdkMeter_ShowsUpWithOneSeriesPerTagSetWhateverTheTagOrder()
    {
        await using var host = await MonitorHost.StartAsync();
        var meter = host.MeterFactory.Create(VideoPipelineDiagnostics.Caching);
        var requests = meter.CreateCounter<long>(VideoPipelineDiagnostics.CacheRequests, "{request}");

        requests.Add(3, new("tier", "memory"), new("outcome", "hit"));
        requests.Add(2, new("outcome", "hit"), new("tier", "memory"));
        requests.Add(1, new("outcome", "miss"), new("tier", "memory"));

        var instrument = host.Monitor.GetSnapshot().FindInstrument(VideoPipelineDiagnostics.CacheRequests);
        Assert.NotNull(instrument);
        Assert.Equal((VideoPipelineDiagnostics.Caching, "{request}", InstrumentKind.Counter), (instrument.MeterName, instrument.Unit, instrument.Kind));
        Assert.Equal(2, instrument.Series.Count);
        var hits = Assert.Single(instrument.Series, series => series.GetTag("outcome") == "hit");
        Assert.Equal("memory", hits.GetTag("tier"));
        Assert.Equal(5, hits.Total);
        Assert.All(hits.Windows, window => Assert.Equal((2L, 5.0), (window.Count, window.Sum)));
        Assert.Equal(1, Assert.Single(instrument.Series, series => series.GetTag("outcome") == "miss").Total);
    }

    [Fact]
    public async Task Histogram_ReportsTheCountAsTotalAndTheDistributionInItsWindows()
    {
        await using var host = await MonitorHost.StartAsync();
        var histogram = host.MeterFactory.Create(VideoPipelineDiagnostics.Queueing).CreateHistogram<double>("videopipeline.test.duration", "s");

        for (var value = 1; value <= 100; value++)
        {
            histogram.Record(value / 100.0);
        }

        var instrument = host.Monitor.GetSnapshot().FindInstrument("videopipeline.test.duration")!;
        Assert.Equal(InstrumentKind.Histogram, instrument.Kind);
        var series = Assert.Single(instrument.Series);
        Assert.Empty(series.Tags);
        Assert.Equal(100, series.Total);
        var window = series.Windows[0];
        Assert.Equal(100, window.Count);
        Assert.Equal(50.5, window.Sum, 1e-9);
        Assert.True(Math.Abs(window.P50 - 0.5) <= 0.5 * 0.032, $"p50 {window.P50}");
        Assert.True(Math.Abs(window.P95 - 0.95) <= 0.95 * 0.032, $"p95 {window.P95}");
    }

    [Fact]
    public async Task NonFiniteMeasurements_AreIgnoredRatherThanPoisoningTheSeries()
    {
        await using var host = await MonitorHost.StartAsync();
        var meter = host.MeterFactory.Create(VideoPipelineDiagnostics.Queueing);
        var histogram = meter.CreateHistogram<double>("videopipeline.test.latency");
        var counter = meter.CreateCounter<double>("videopipeline.test.cost");

        histogram.Record(double.NaN);
        histogram.Record(0.5);
        histogram.Record(double.PositiveInfinity);
        counter.Add(2);
        counter.Add(double.NaN);

        var snapshot = host.Monitor.GetSnapshot();
        var latency = Assert.Single(snapshot.FindInstrument("videopipeline.test.latency")!.Series);
        Assert.Equal((1.0, 1L, 0.5), (latency.Total, latency.Windows[0].Count, latency.Windows[0].Sum));
        var cost = Assert.Single(snapshot.FindInstrument("videopipeline.test.cost")!.Series);
        Assert.Equal((2.0, 2.0), (cost.Total, cost.Windows[0].Sum));
    }

    [Fact]
    public async Task UpDownCounter_ReportsTheCurrentValue()
    {
        await using var host = await MonitorHost.StartAsync();
        var running = host.MeterFactory.Create(VideoPipelineDiagnostics.Queueing).CreateUpDownCounter<int>("videopipeline.test.running");

        running.Add(5);
        running.Add(-2);
        running.Add(1);

        var instrument = host.Monitor.GetSnapshot().FindInstrument("videopipeline.test.running")!;
        Assert.Equal(InstrumentKind.UpDownCounter, instrument.Kind);
        Assert.Equal(4, Assert.Single(instrument.Series).Total);
        Assert.Equal(4, instrument.Series[0].Windows[0].Sum);
    }

    [Fact]
    public async Task ObservableGauge_IsReadWhenASnapshotIsTaken()
    {
        await using var host = await MonitorHost.StartAsync();
        var depth = 7;
        host.MeterFactory.Create(VideoPipelineDiagnostics.Queueing)
            .CreateObservableGauge("videopipeline.test.depth", () => new Measurement<int>(depth, new KeyValuePair<string, object?>("lane", "urgent")));

        var first = host.Monitor.GetSnapshot().FindInstrument("videopipeline.test.depth")!;
        depth = 11;
        var second = host.Monitor.GetSnapshot().FindInstrument("videopipeline.test.depth")!;

        Assert.Equal(InstrumentKind.Gauge, first.Kind);
        Assert.Equal(7, Assert.Single(first.Series).Total);
        Assert.Empty(first.Series[0].Windows);
        Assert.Equal("urgent", first.Series[0].GetTag("lane"));
        Assert.Equal(11, Assert.Single(second.Series).Total);
    }

    [Fact]
    public async Task SynchronousGauge_ReportsTheLastValue()
    {
        await using var host = await MonitorHost.StartAsync();
        var gauge = host.MeterFactory.Create(VideoPipelineDiagnostics.Caching).CreateGauge<double>("videopipeline.test.ratio");

        gauge.Record(0.25);
        gauge.Record(0.75);

        var instrument = host.Monitor.GetSnapshot().FindInstrument("videopipeline.test.ratio")!;
        Assert.Equal((InstrumentKind.Gauge, 0.75), (instrument.Kind, Assert.Single(instrument.Series).Total));
    }

    [Fact]
    public async Task EveryNumericType_IsAggregated()
    {
        await using var host = await MonitorHost.StartAsync();
        var meter = host.MeterFactory.Create(VideoPipelineDiagnostics.Caching);

        meter.CreateCounter<byte>("videopipeline.test.byte").Add(1);
        meter.CreateCounter<short>("videopipeline.test.short").Add(2);
        meter.CreateCounter<int>("videopipeline.test.int").Add(3);
        meter.CreateCounter<long>("videopipeline.test.long").Add(4);
        meter.CreateCounter<float>("videopipeline.test.float").Add(5.5f);
        meter.CreateCounter<double>("videopipeline.test.double").Add(6.25);
        meter.CreateCounter<decimal>("videopipeline.test.decimal").Add(7.5m);

        var snapshot = host.Monitor.GetSnapshot();
        Assert.Equal(
            [("byte", 1.0), ("decimal", 7.5), ("double", 6.25), ("float", 5.5), ("int", 3.0), ("long", 4.0), ("short", 2.0)],
            snapshot.Instruments.Where(i => i.InstrumentName.StartsWith("videopipeline.test.", StringComparison.Ordinal))
                .Select(i => (i.InstrumentName["videopipeline.test.".Length..], Assert.Single(i.Series).Total)));
    }

    [Fact]
    public async Task Windows_OfAnAggregatedCounter_SlideWithTheTimeProvider()
    {
        await using var host = await MonitorHost.StartAsync();
        var counter = host.MeterFactory.Create(VideoPipelineDiagnostics.Queueing).CreateCounter<long>("videopipeline.test.jobs");

        counter.Add(10);
        host.Time.Advance(TimeSpan.FromMinutes(2));
        counter.Add(1);

        var series = Assert.Single(host.Monitor.GetSnapshot().FindInstrument("videopipeline.test.jobs")!.Series);
        Assert.Equal(11, series.Total);
        Assert.Equal([1.0, 11.0, 11.0], series.Windows.Select(window => window.Sum));
        Assert.Equal([1L, 2L, 2L], series.Windows.Select(window => window.Count));
    }

    [Fact]
    public async Task AMeterOfTheSameNameFromAnotherHost_IsNotAggregated()
    {
        await using var host = await MonitorHost.StartAsync();
        await using var other = await MonitorHost.StartAsync();
        var mine = host.MeterFactory.Create(VideoPipelineDiagnostics.Caching).CreateCounter<long>("videopipeline.test.scoped");
        var theirs = other.MeterFactory.Create(VideoPipelineDiagnostics.Caching).CreateCounter<long>("videopipeline.test.scoped");

        mine.Add(1);
        theirs.Add(100);

        Assert.Equal(1, Assert.Single(Assert.Single(host.Monitor.GetSnapshot().Instruments, i => i.InstrumentName == "videopipeline.test.scoped").Series).Total);
        Assert.Equal(100, Assert.Single(Assert.Single(other.Monitor.GetSnapshot().Instruments, i => i.InstrumentName == "videopipeline.test.scoped").Series).Total);
    }

    [Fact]
    public async Task AStaticMeter_IsAggregatedOnlyWhenItsNameIsConfigured()
    {
        var name = $"MyApp.{Guid.NewGuid():N}";
        await using var host = await MonitorHost.StartAsync(options => options.AggregatedMeters.Add(name));
        await using var other = await MonitorHost.StartAsync();
        using var meter = new Meter(name);
        var orders = meter.CreateCounter<long>("myapp.orders");

        orders.Add(2, new KeyValuePair<string, object?>("region", "eu"));

        var instrument = host.Monitor.GetSnapshot().FindInstrument("myapp.orders");
        Assert.NotNull(instrument);
        Assert.Equal(name, instrument.MeterName);
        Assert.Equal(2, Assert.Single(instrument.Series).Total);
        Assert.Null(other.Monitor.GetSnapshot().FindInstrument("myapp.orders"));
    }

    [Fact]
    public async Task AMeterNotConfigured_IsNotAggregatedEvenFromTheHostsFactory()
    {
        await using var host = await MonitorHost.StartAsync();
        host.MeterFactory.Create("MyApp.NotConfigured").CreateCounter<long>("myapp.not_configured").Add(1);
        host.MeterFactory.Create("System.Runtime").CreateCounter<long>("dotnet.test.not_configured").Add(1);

        var snapshot = host.Monitor.GetSnapshot();

        Assert.Null(snapshot.FindInstrument("myapp.not_configured"));
        Assert.Null(snapshot.FindInstrument("dotnet.test.not_configured"));
    }

    [Fact]
    public async Task AnInstrumentPublishedBeforeTheMonitorStarts_IsAggregated()
    {
        await using var host = await MonitorHost.StartAsync(start: false);
        var counter = host.MeterFactory.Create(VideoPipelineDiagnostics.Queueing).CreateCounter<long>("videopipeline.test.early");

        var monitor = host.Monitor;
        counter.Add(4);

        Assert.Equal(4, Assert.Single(monitor.GetSnapshot().FindInstrument("videopipeline.test.early")!.Series).Total);
    }

    [Fact]
    public async Task ADisposedMeter_LeavesTheSnapshot()
    {
        var name = $"MyApp.{Guid.NewGuid():N}";
        await using var host = await MonitorHost.StartAsync(options => options.AggregatedMeters.Add(name));
        var meter = new Meter(name);
        meter.CreateCounter<long>("myapp.short_lived").Add(1);
        Assert.NotNull(host.Monitor.GetSnapshot().FindInstrument("myapp.short_lived"));

        meter.Dispose();

        Assert.Null(host.Monitor.GetSnapshot().FindInstrument("myapp.short_lived"));
    }

    [Fact]
    public async Task Series_BeyondTheCap_GoToOneOverflowSeries()
    {
        await using var host = await MonitorHost.StartAsync(options => options.MaxSeriesPerInstrument = 2);
        var counter = host.MeterFactory.Create(VideoPipelineDiagnostics.Caching).CreateCounter<long>("videopipeline.test.keys");

        for (var key = 0; key < 1_000; key++)
        {
            counter.Add(1, new KeyValuePair<string, object?>("key", key));
        }

        counter.Add(5, new KeyValuePair<string, object?>("key", 0));

        var series = host.Monitor.GetSnapshot().FindInstrument("videopipeline.test.keys")!.Series;
        Assert.Equal(3, series.Count);
        var overflow = Assert.Single(series, s => s.GetTag("otel.metric.overflow") == "true");
        Assert.Equal(998, overflow.Total);
        Assert.Single(overflow.Tags);
        Assert.Equal(6, Assert.Single(series, s => s.GetTag("key") == "0").Total);
        Assert.Equal(1, Assert.Single(series, s => s.GetTag("key") == "1").Total);
    }

    [Fact]
    public async Task TagValues_OfOtherTypes_AreFormattedInvariantly()
    {
        await using var host = await MonitorHost.StartAsync();
        var counter = host.MeterFactory.Create(VideoPipelineDiagnostics.Caching).CreateCounter<long>("videopipeline.test.typed");

        counter.Add(1, new("status", 429), new("ratio", 0.5), new("retried", true), new("missing", null));
        counter.Add(1, new("retried", true), new("status", 429), new("missing", null), new("ratio", 0.5));

        var series = Assert.Single(host.Monitor.GetSnapshot().FindInstrument("videopipeline.test.typed")!.Series);
        Assert.Equal(2, series.Total);
        Assert.Equal(("429", "0.5", "true", string.Empty), (series.GetTag("status"), series.GetTag("ratio"), series.GetTag("retried"), series.GetTag("missing")));
        Assert.Null(series.GetTag("absent"));
    }

    [Fact]
    public async Task Instruments_AreOrderedByMeterThenName()
    {
        await using var host = await MonitorHost.StartAsync();
        host.MeterFactory.Create(VideoPipelineDiagnostics.Queueing).CreateCounter<long>("videopipeline.test.a").Add(1);
        host.MeterFactory.Create(VideoPipelineDiagnostics.Caching).CreateCounter<long>("videopipeline.test.z").Add(1);
        host.MeterFactory.Create(VideoPipelineDiagnostics.Caching).CreateCounter<long>("videopipeline.test.b").Add(1);

        var names = host.Monitor.GetSnapshot().Instruments.Select(i => (i.MeterName, i.InstrumentName)).ToList();

        Assert.Equal(names.OrderBy(n => n.MeterName, StringComparer.Ordinal).ThenBy(n => n.InstrumentName, StringComparer.Ordinal), names);
        Assert.Equal(
            [(VideoPipelineDiagnostics.Caching, "videopipeline.test.b"), (VideoPipelineDiagnostics.Caching, "videopipeline.test.z"), (VideoPipelineDiagnostics.Queueing, "videopipeline.test.a")],
            names.Where(n => n.InstrumentName.StartsWith("videopipeline.test.", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task TheMonitorsOwnMeter_IsNotAggregatedByDefault()
    {
        await using var host = await MonitorHost.StartAsync();
        await host.Monitor.TrackApiCallAsync("/v1/images", "GET", _ => ValueTask.FromResult(0));
        host.Monitor.RecordWebVitals(new WebVitalsReport { Name = "TBT", Value = 1 });

        Assert.DoesNotContain(host.Monitor.GetSnapshot().Instruments, i => i.MeterName == VideoPipelineDiagnostics.Monitoring);
    }
}
