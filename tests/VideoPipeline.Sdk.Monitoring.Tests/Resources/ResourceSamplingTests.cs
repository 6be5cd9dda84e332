using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace VideoPipeline.Sdk.Monitoring.Tests.Resources;

public sealed class ResourceSamplingTests
{
    [Fact]
    public async Task Snapshot_HoldsPlausibleResourceFigures()
    {
        await using var host = await MonitorHost.StartAsync();
        GC.KeepAlive(new byte[1024 * 1024]);

        var resources = host.Monitor.GetSnapshot().Resources;

        Assert.InRange(resources.CpuUtilization, 0, 1);
        Assert.InRange(resources.GcPauseRatio, 0, 1);
        Assert.True(resources.WorkingSetBytes > 0, $"working set {resources.WorkingSetBytes}");
        Assert.True(resources.AvailableMemoryBytes > 0, $"available memory {resources.AvailableMemoryBytes}");
        Assert.True(resources.GcHeapBytes >= 0, $"GC heap {resources.GcHeapBytes}");
        Assert.True(resources.GcCollections >= 0, $"collections {resources.GcCollections}");
        Assert.True(resources.ThreadPoolQueueLength >= 0);
        Assert.True(resources.ThreadPoolThreadCount >= 0);
        Assert.InRange(resources.MemoryUtilization, double.Epsilon, double.MaxValue);
    }

    [Fact]
    public async Task Snapshot_BeforeTheFirstTick_SamplesOnDemandAtTheCurrentTime()
    {
        await using var host = await MonitorHost.StartAsync();
        host.Time.Advance(TimeSpan.FromSeconds(3));

        Assert.Equal(host.Time.GetUtcNow(), host.Monitor.GetSnapshot().Resources.Timestamp);
    }

    [Fact]
    public async Task Sampler_RefreshesTheSampleEverySampleInterval()
    {
        await using var host = await MonitorHost.StartAsync(options => options.SampleInterval = TimeSpan.FromSeconds(5));
        var start = host.Time.GetUtcNow();
        var first = host.Monitor.GetSnapshot().Resources;

        host.Time.Advance(TimeSpan.FromSeconds(4));
        Assert.Same(first, host.Monitor.GetSnapshot().Resources);

        host.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(start.AddSeconds(5), host.Monitor.GetSnapshot().Resources.Timestamp);

        host.Time.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(start.AddSeconds(10), host.Monitor.GetSnapshot().Resources.Timestamp);
    }

    [Fact]
    public async Task Sampler_RatesStayInRangeWhenFakeTimeIsShorterThanRealCpuTime()
    {
        await using var host = await MonitorHost.StartAsync(options => options.SampleInterval = TimeSpan.FromMilliseconds(100));
        var spin = 0.0;
        for (var index = 0; index < 5_000_000; index++)
        {
            spin += Math.Sqrt(index);
        }

        host.Time.Advance(TimeSpan.FromMilliseconds(100));

        var resources = host.Monitor.GetSnapshot().Resources;
        Assert.True(spin > 0);
        Assert.InRange(resources.CpuUtilization, 0, 1);
        Assert.InRange(resources.GcPauseRatio, 0, 1);
    }

    [Fact]
    public async Task Sampler_AfterTheHostStops_NoLongerRefreshesTheSample()
    {
        await using var host = await MonitorHost.StartAsync(options => options.SampleInterval = TimeSpan.FromSeconds(1));
        host.Time.Advance(TimeSpan.FromSeconds(1));
        var last = host.Monitor.GetSnapshot().Resources;

        foreach (var service in host.Services.GetServices<IHostedService>())
        {
            await service.StopAsync(CancellationToken.None);
        }

        host.Time.Advance(TimeSpan.FromSeconds(10));
        Assert.Same(last, host.Monitor.GetSnapshot().Resources);
    }

    [Fact]
    public async Task Sampler_ReadsTheObservableInstrumentsOnEveryTick()
    {
        await using var host = await MonitorHost.StartAsync(options => options.SampleInterval = TimeSpan.FromSeconds(1));
        var reads = 0;
        host.MeterFactory.Create(VideoPipelineDiagnostics.Queueing).CreateObservableGauge("videopipeline.test.observed", () => ++reads);

        host.Time.Advance(TimeSpan.FromSeconds(3));

        Assert.Equal(3, reads);
    }
}
