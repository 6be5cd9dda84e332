namespace VideoPipeline.Sdk.Monitoring.Tests.Performance;

public sealed class SeriesCapTests
{
    [Fact]
    public async Task TrackApiCallAsync_BeyondTheCap_CollectsTheExtraEndpointsInOneOverflowSeries()
    {
        await using var host = await MonitorHost.StartAsync(options => options.MaxSeriesPerInstrument = 3);
        using var collector = host.Collect<double>(VideoPipelineDiagnostics.ApiCallDuration);

        for (var index = 0; index < 7; index++)
        {
            await host.Monitor.TrackApiCallAsync($"/v1/jobs/{index}", "GET", _ => ValueTask.FromResult(index));
        }

        // A named endpoint keeps its series after the cap is reached.
        await host.Monitor.TrackApiCallAsync("/v1/jobs/0", "GET", _ => ValueTask.FromResult(0));

        var endpoints = host.Monitor.GetSnapshot().Endpoints;
        Assert.Equal(
            [("/v1/jobs/0", "GET", 2L), ("/v1/jobs/1", "GET", 1L), ("/v1/jobs/2", "GET", 1L), ("_OTHER", "_OTHER", 4L)],
            endpoints.Select(endpoint => (endpoint.Endpoint, endpoint.Method, endpoint.TotalCount)));
        Assert.Equal(4, endpoints[^1].Windows[0].Count);

        var tags = collector.GetMeasurementSnapshot().Select(m => m.Tags[VideoPipelineDiagnostics.EndpointTag]).ToList();
        Assert.Equal(["/v1/jobs/0", "/v1/jobs/1", "/v1/jobs/2", "_OTHER", "_OTHER", "_OTHER", "_OTHER", "/v1/jobs/0"], tags);
    }

    [Fact]
    public async Task TrackApiCallAsync_FromAFloodOfDistinctEndpoints_KeepsMemoryBounded()
    {
        await using var host = await MonitorHost.StartAsync(options => options.MaxSeriesPerInstrument = 50);
        using var collector = host.Collect<double>(VideoPipelineDiagnostics.ApiCallDuration);

        for (var index = 0; index < 100_000; index++)
        {
            await host.Monitor.TrackApiCallAsync($"/v1/images/{index}", "GET", _ => ValueTask.FromResult(index));
        }

        var endpoints = host.Monitor.GetSnapshot().Endpoints;
        Assert.Equal(51, endpoints.Count);
        Assert.Equal(("_OTHER", 99_950L), (endpoints[^1].Endpoint, endpoints[^1].TotalCount));
        Assert.Equal(100_000, endpoints.Sum(endpoint => endpoint.TotalCount));
        Assert.Equal(51, collector.GetMeasurementSnapshot().Select(m => m.Tags[VideoPipelineDiagnostics.EndpointTag]).Distinct().Count());
    }

    [Fact]
    public async Task TrackApiCallAsync_FromManyThreadsAtTheCap_KeepsEveryCallAndNoMoreThanTheCap()
    {
        await using var host = await MonitorHost.StartAsync(options => options.MaxSeriesPerInstrument = 20);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(worker => Task.Run(async () =>
        {
            for (var index = 0; index < 2_000; index++)
            {
                await host.Monitor.TrackApiCallAsync($"/v1/items/{(index * 8) + worker}", "GET", _ => ValueTask.FromResult(index));
            }
        })));

        var endpoints = host.Monitor.GetSnapshot().Endpoints;
        Assert.Equal(21, endpoints.Count);
        Assert.Equal(16_000, endpoints.Sum(endpoint => endpoint.TotalCount));
        Assert.Equal(16_000, endpoints.Sum(endpoint => endpoint.Windows[0].Count));
        Assert.Equal(20, endpoints.Select(endpoint => endpoint.Endpoint).Where(name => name != "_OTHER").Distinct().Count());
    }

    [Fact]
    public async Task RecordInteraction_BeyondTheCap_CollectsTheExtraInteractionsInOneOverflowSeries()
    {
        await using var host = await MonitorHost.StartAsync(options => options.MaxSeriesPerInstrument = 2);
        using var collector = host.Collect<double>(VideoPipelineDiagnostics.InteractionDuration);

        for (var index = 0; index < 10_000; index++)
        {
            host.Monitor.RecordInteraction($"clicked-{index}", "editor", TimeSpan.FromMilliseconds(5), success: index % 2 == 0);
        }

        var interactions = host.Monitor.GetSnapshot().Interactions;
        Assert.Equal(
            [("clicked-0", "editor", 1L), ("clicked-1", "editor", 1L), ("_OTHER", "_OTHER", 9_998L)],
            interactions.Select(interaction => (interaction.Name, interaction.Component, interaction.TotalCount)));
        Assert.Equal(4_999, interactions[^1].TotalErrors);
        var overflowTags = collector.GetMeasurementSnapshot()[^1].Tags;
        Assert.Equal(("_OTHER", "_OTHER"), (overflowTags[VideoPipelineDiagnostics.InteractionTag], overflowTags[VideoPipelineDiagnostics.ComponentTag]));
    }

    [Fact]
    public async Task TheCap_CountsEndpointsAndInteractionsSeparately()
    {
        await using var host = await MonitorHost.StartAsync(options => options.MaxSeriesPerInstrument = 1);

        await host.Monitor.TrackApiCallAsync("/v1/images", "GET", _ => ValueTask.FromResult(0));
        host.Monitor.RecordInteraction("clicked", "editor", TimeSpan.Zero, success: true);

        var snapshot = host.Monitor.GetSnapshot();
        Assert.Equal("/v1/images", Assert.Single(snapshot.Endpoints).Endpoint);
        Assert.Equal("clicked", Assert.Single(snapshot.Interactions).Name);
    }
}
