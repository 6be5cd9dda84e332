using Microsoft.Extensions.DependencyInjection;
using VideoPipeline.Sdk.Queueing.Storage.Internal;
using VideoPipeline.Sdk.Queueing.Tests.TestHandlers;

namespace VideoPipeline.Sdk.Queueing.Tests.Graphs;

public sealed class JobGraphTests
{
    [Fact]
    public async Task EnqueueGraph_Compose_StartsOnlyAfterVideoAndAudioSucceeded()
    {
        await using var host = await StartAsync();
        var gated = host.Services.GetRequiredService<GatedHandler>();
        var graph = new JobGraph()
            .Add("compose", "compose", "cut", new JobOptions { DependsOn = ["video", "audio"] })
            .Add("video", "gated", "video")
            .Add("audio", "gated", "audio");

        var ids = await host.Queue.EnqueueGraphAsync(graph);
        await gated.NextStartsAsync(2);
        gated.Release("video");
        await host.Queue.CompletedAsync(ids["video"]);
        var composeWhileAudioRuns = await host.Queue.GetAsync(ids["compose"]);
        gated.Release("audio");
        var compose = await host.Queue.CompletedAsync(ids["compose"]);

        Assert.Equal(["audio", "compose", "video"], ids.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(JobState.Blocked, composeWhileAudioRuns!.State);
        Assert.Equal(JobState.Succeeded, compose.State);
        Assert.Equal("cut:video+audio", compose.Output);
        Assert.Equal([ids["video"], ids["audio"]], compose.Options.DependsOn.Select(dependency => dependency.JobId));
    }

    [Fact]
    public async Task EnqueueGraph_Cycle_IsRejectedNamingItsNodes()
    {
        await using var host = await StartAsync();
        var graph = new JobGraph()
            .Add("a", "compose", "a", new JobOptions { DependsOn = ["c"] })
            .Add("b", "compose", "b", new JobOptions { DependsOn = ["a"] })
            .Add("c", "compose", "c", new JobOptions { DependsOn = ["b"] })
            .Add("free", "compose", "free");

        var error = await Assert.ThrowsAsync<ArgumentException>(() => host.Queue.EnqueueGraphAsync(graph).AsTask());

        Assert.Contains("cycle", error.Message, StringComparison.Ordinal);
        Assert.Contains("'a'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'b'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'c'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("'free'", error.Message, StringComparison.Ordinal);
        AssertNothingAdded(host);
    }

    [Fact]
    public async Task EnqueueGraph_NodeDependingOnItself_IsRejectedNamingTheNode()
    {
        await using var host = await StartAsync();
        var graph = new JobGraph().Add("loop", "compose", "x", new JobOptions { DependsOn = ["loop"] });

        var error = await Assert.ThrowsAsync<ArgumentException>(() => host.Queue.EnqueueGraphAsync(graph).AsTask());

        Assert.Contains("'loop'", error.Message, StringComparison.Ordinal);
        AssertNothingAdded(host);
    }

    [Fact]
    public async Task EnqueueGraph_UnknownNodeName_IsRejectedNamingTheNode()
    {
        await using var host = await StartAsync();
        var graph = new JobGraph()
            .Add("video", "gated", "fast-video")
            .Add("compose", "compose", "cut", new JobOptions { DependsOn = ["video", "narration"] });

        var error = await Assert.ThrowsAsync<ArgumentException>(() => host.Queue.EnqueueGraphAsync(graph).AsTask());

        Assert.Contains("'compose'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'narration'", error.Message, StringComparison.Ordinal);
        AssertNothingAdded(host);
    }

    [Fact]
    public async Task EnqueueGraph_UnknownJobIdDependency_IsRejectedAndAddsNothing()
    {
        await using var host = await StartAsync();
        var unknown = new JobId(Guid.NewGuid());
        var graph = new JobGraph()
            .Add("video", "gated", "fast-video")
            .Add("compose", "compose", "cut", new JobOptions { DependsOn = ["video", unknown] });

        var error = await Assert.ThrowsAsync<ArgumentException>(() => host.Queue.EnqueueGraphAsync(graph).AsTask());

        Assert.Contains("'compose'", error.Message, StringComparison.Ordinal);
        Assert.Contains(unknown.ToString(), error.Message, StringComparison.Ordinal);
        AssertNothingAdded(host);
    }

    [Fact]
    public async Task EnqueueGraph_NodeWithUnknownJobType_IsRejectedNamingTheNodeAndAddsNothing()
    {
        await using var host = await StartAsync();
        var graph = new JobGraph()
            .Add("video", "gated", "fast-video")
            .Add("upscale", "upscale", "4k", new JobOptions { DependsOn = ["video"] });

        var error = await Assert.ThrowsAsync<ArgumentException>(() => host.Queue.EnqueueGraphAsync(graph).AsTask());

        Assert.Contains("'upscale'", error.Message, StringComparison.Ordinal);
        AssertNothingAdded(host);
    }

    [Fact]
    public async Task EnqueueGraph_NodeDependingOnAnEnqueuedJob_WaitsForIt()
    {
        await using var host = await StartAsync();
        var gated = host.Services.GetRequiredService<GatedHandler>();
        var script = await host.Queue.EnqueueAsync("gated", "script");
        var graph = new JobGraph()
            .Add("video", "gated", "fast-video", new JobOptions { DependsOn = [script] })
            .Add("compose", "compose", "cut", new JobOptions { DependsOn = ["video"] });

        var ids = await host.Queue.EnqueueGraphAsync(graph);
        var videoBefore = await host.Queue.GetAsync(ids["video"]);
        gated.Release("script");
        var compose = await host.Queue.CompletedAsync(ids["compose"]);

        Assert.Equal(JobState.Blocked, videoBefore!.State);
        Assert.Equal("cut:fast-video", compose.Output);
    }

    [Fact]
    public async Task EnqueueGraph_Empty_IsRejected()
    {
        await using var host = await StartAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => host.Queue.EnqueueGraphAsync(new JobGraph()).AsTask());
    }

    [Fact]
    public void Add_DuplicateNodeName_IsRejectedNamingTheNode()
    {
        var graph = new JobGraph().Add("video", "gated", "a");

        var error = Assert.Throws<ArgumentException>(() => graph.Add("video", "gated", "b"));

        Assert.Contains("'video'", error.Message, StringComparison.Ordinal);
    }

    private static Task<QueueHost> StartAsync() => QueueHost.StartAsync(builder => builder
        .AddJobHandler<string, GatedHandler>("gated")
        .AddJobHandler<string, DependencyReadingHandler>("compose"));

    private static void AssertNothingAdded(QueueHost host)
    {
        Assert.Equal(0, host.Queue.GetStatistics().TotalEnqueued);
        Assert.Equal(0, ((InMemoryJobStore)host.Services.GetRequiredService<IJobStore>()).Count);
    }
}
