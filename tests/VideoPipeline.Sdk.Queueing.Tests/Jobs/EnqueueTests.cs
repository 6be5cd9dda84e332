using Microsoft.Extensions.DependencyInjection;
using VideoPipeline.Sdk.Queueing.Tests.TestHandlers;

namespace VideoPipeline.Sdk.Queueing.Tests.Jobs;

public sealed class EnqueueTests
{
    [Fact]
    public async Task Enqueue_ManyJobs_EverySucceedsWithItsResult()
    {
        await using var host = await QueueHost.StartAsync(builder => builder.AddJobHandler<string, RecordingHandler>("echo"));
        var ids = new List<JobId>();
        for (var i = 0; i < 1000; i++)
        {
            ids.Add(await host.Queue.EnqueueAsync("echo", $"job-{i}"));
        }

        foreach (var (id, i) in ids.Select((id, i) => (id, i)))
        {
            var done = await host.Queue.WaitForCompletionAsync(id).AsTask().WaitAsync(TimeSpan.FromSeconds(10));
            Assert.Equal(JobState.Succeeded, done.State);
            Assert.Equal($"JOB-{i}", done.Result);
        }

        var statistics = host.Queue.GetStatistics();
        Assert.Equal(1000, statistics.TotalEnqueued);
        Assert.Equal(1000, statistics.TotalSucceeded);
        Assert.Equal(1000, host.Services.GetRequiredService<RecordingHandler>().Ran.Count);
    }

    [Fact]
    public async Task EnqueueGraph_Compose_RunsAfterVideoAndAudioAndReadsTheirResults()
    {
        await using var host = await QueueHost.StartAsync(builder => builder
            .AddJobHandler<string, RecordingHandler>("echo")
            .AddJobHandler<string, ComposeHandler>("compose"));
        var graph = new JobGraph()
            .Add("compose", "compose", "cut", new JobOptions { DependsOn = ["video", "audio"] })
            .Add("video", "echo", "video")
            .Add("audio", "echo", "audio");

        var ids = await host.Queue.EnqueueGraphAsync(graph);

        var compose = await host.Queue.WaitForCompletionAsync(ids["compose"]).AsTask().WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(JobState.Succeeded, compose.State);
        Assert.Equal("cut:VIDEO+AUDIO", compose.Result);
    }

    private sealed class ComposeHandler : IJobHandler<string>
    {
        public ValueTask<object?> HandleAsync(JobContext<string> context, CancellationToken cancellationToken)
        {
            var parts = context.Dependencies.Select(dependency => (string)dependency.Result!);
            return ValueTask.FromResult<object?>($"{context.Payload}:{string.Join('+', parts)}");
        }
    }
}
