using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using System.Diagnostics.Metrics;

namespace VideoPipeline.Sdk.Caching.Tests.PromptCache;

public sealed class StatisticsTests
{
    [Fact]
    public async Task GetStatistics_CountsOutcomesAndMoneySaved()
    {
        using var host = new CacheHost(o => o.SemanticMatching = false);
        var factory = new CountingFactory();
        var request = Requests.Image("counted");

        await host.Cache.GetOrGenerateAsync(request, factory.Invoke);
        await host.Cache.GetOrGenerateAsync(request, factory.Invoke);
        await host.Cache.GetOrGenerateAsync(request, factory.Invoke);
        await host.Cache.TryGetAsync(Requests.Image("absent"));

        var statistics = host.Cache.GetStatistics();
        Assert.Equal(4, statistics.Requests);
        Assert.Equal(2, statistics.ExactHits);
        Assert.Equal(2, statistics.Misses);
        Assert.Equal(0.5, statistics.HitRate);
        Assert.Equal(Money.FromUsd(0.08m), statistics.CostSaved);
        Assert.Equal(TimeSpan.FromSeconds(16), statistics.TimeSaved);
        Assert.Equal(1, statistics.EntryCount);
    }

    [Fact]
    public void GetStatistics_BeforeAnyLookup_HasZeroRates()
    {
        using var host = new CacheHost();

        var statistics = host.Cache.GetStatistics();

        Assert.Equal(0, statistics.HitRate);
        Assert.Equal(0, statistics.Requests);
    }

    [Fact]
    public async Task Lookups_AreRecordedOnTheCachingMeter()
    {
        using var host = new CacheHost(o => o.SemanticMatching = false);
        var meterFactory = host.Services.GetRequiredService<IMeterFactory>();
        using var requests = new MetricCollector<long>(meterFactory, VideoPipelineDiagnostics.Caching, VideoPipelineDiagnostics.CacheRequests);
        using var saved = new MetricCollector<double>(meterFactory, VideoPipelineDiagnostics.Caching, VideoPipelineDiagnostics.CacheCostSaved);
        using var bytes = new MetricCollector<long>(meterFactory, VideoPipelineDiagnostics.Caching, VideoPipelineDiagnostics.CacheBytes);
        var factory = new CountingFactory();
        var request = Requests.Image("metered");

        await host.Cache.GetOrGenerateAsync(request, factory.Invoke);
        await host.Cache.GetOrGenerateAsync(request, factory.Invoke);
        bytes.RecordObservableInstruments();

        var outcomes = requests.GetMeasurementSnapshot().Select(m => (string)m.Tags[VideoPipelineDiagnostics.OutcomeTag]!).ToArray();
        Assert.Equal(["miss", "exact_hit"], outcomes);
        Assert.Equal("image", requests.LastMeasurement!.Tags[VideoPipelineDiagnostics.MediaKindTag]);
        Assert.Equal(0.04, saved.LastMeasurement!.Value, 6);
        Assert.Contains(bytes.GetMeasurementSnapshot(), m => (string)m.Tags[VideoPipelineDiagnostics.CacheTierTag]! == "memory" && m.Value > 0);
    }
}
