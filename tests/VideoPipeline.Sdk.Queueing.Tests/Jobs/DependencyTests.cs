using Microsoft.Extensions.DependencyInjection;
using VideoPipeline.Sdk.Queueing.Tests.TestHandlers;

namespace VideoPipeline.Sdk.Queueing.Tests.Jobs;

public sealed class DependencyTests
{
    [Fact]
    public async Task Dependent_StartsOnlyAfterEveryDependencySucceeded_AndReadsTheirResultsByJobType()
    {
        await using var host = await StartAsync();
        var gated = host.Services.GetRequiredService<GatedHandler>();
        var video = await host.Queue.EnqueueAsync("video", "clip");
        var narration = await host.Queue.EnqueueAsync("narrate", "line");

        var compose = await host.Queue.EnqueueAsync("compose", "cut", new JobOptions { DependsOn = [video, narration] });
        await gated.NextStartsAsync(2);
        gated.Release("line");
        await host.Queue.CompletedAsync(narration);
        var whileVideoRuns = await host.Queue.GetAsync(compose);
        gated.Release("clip");
        var done = await host.Queue.CompletedAsync(compose);

        Assert.Equal(JobState.Blocked, whileVideoRuns!.State);
        Assert.Equal(0, whileVideoRuns.AttemptCount);
        Assert.Equal(JobState.Succeeded, done.State);
        Assert.Equal("cut:clip+line", done.Output);
    }

    [Fact]
    public async Task Dependent_SeesEachDependencyWithItsTypeStateAndResultInDeclaredOrder()
    {
        await using var host = await StartAsync();
        var first = await host.Queue.EnqueueAsync("scripted", "one");
        var second = await host.Queue.EnqueueAsync("scripted", "two");

        var reader = await host.Queue.EnqueueAsync("reader", "r", new JobOptions { DependsOn = [second, first] });
        await host.Queue.CompletedAsync(reader);

        var seen = host.Services.GetRequiredService<DependencyReadingHandler>().Seen["r"];
        Assert.Equal([second, first], seen.Select(dependency => dependency.JobId));
        Assert.All(seen, dependency => Assert.Equal("scripted", dependency.JobType));
        Assert.All(seen, dependency => Assert.Equal(JobState.Succeeded, dependency.State));
        Assert.Equal(["two", "one"], seen.Select(dependency => dependency.Output));
    }

    [Fact]
    public async Task DependencyFailingForGood_CancelsItsDependentsTransitively_NamingTheDependency()
    {
        await using var host = await StartAsync();
        var scripted = host.Services.GetRequiredService<ScriptedHandler>();
        scripted.Script = context => context.Payload == "bad" ? throw new InvalidOperationException("broken") : context.Payload;
        var gated = host.Services.GetRequiredService<GatedHandler>();
        var gate = await host.Queue.EnqueueAsync("video", "gate");
        var bad = await host.Queue.EnqueueAsync("scripted", "bad", new JobOptions { DependsOn = [gate] });
        var child = await host.Queue.EnqueueAsync("reader", "child", new JobOptions { DependsOn = [bad] });
        var grandchild = await host.Queue.EnqueueAsync("reader", "grandchild", new JobOptions { DependsOn = [child] });

        gated.Release("gate");
        var failed = await host.Queue.CompletedAsync(bad);
        var childDone = await host.Queue.CompletedAsync(child);
        var grandchildDone = await host.Queue.CompletedAsync(grandchild);

        Assert.Equal(JobState.Failed, failed.State);
        Assert.Equal(JobState.Cancelled, childDone.State);
        Assert.Contains(bad.ToString(), childDone.Error!.Message, StringComparison.Ordinal);
        Assert.Contains("'scripted'", childDone.Error.Message, StringComparison.Ordinal);
        Assert.Equal(JobState.Cancelled, grandchildDone.State);
        Assert.Contains(child.ToString(), grandchildDone.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(0, childDone.AttemptCount);
        Assert.Empty(host.Services.GetRequiredService<DependencyReadingHandler>().Seen);
        Assert.Equal(2, host.Queue.GetStatistics().TotalCancelled);
    }

    [Fact]
    public async Task DependencyDeadLettered_CancelsItsDependent()
    {
        await using var host = await StartAsync();
        host.Services.GetRequiredService<ScriptedHandler>().Script = _ => throw new TimeoutException("provider slow");
        var flaky = await host.Queue.EnqueueAsync("scripted", "flaky", new JobOptions { MaxAttempts = 1 });
        var dependent = await host.Queue.EnqueueAsync("reader", "dependent", new JobOptions { DependsOn = [flaky] });

        var done = await host.Queue.CompletedAsync(dependent);

        Assert.Equal(JobState.DeadLettered, (await host.Queue.GetAsync(flaky))!.State);
        Assert.Equal(JobState.Cancelled, done.State);
        Assert.Contains("DeadLettered", done.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAnywayEdge_DependentRunsAfterAFailedDependency_AndSeesItFailed()
    {
        await using var host = await StartAsync();
        host.Services.GetRequiredService<ScriptedHandler>().Script = context => context.Payload == "bad" ? throw new InvalidOperationException("broken") : context.Payload;
        var good = await host.Queue.EnqueueAsync("scripted", "good");
        var bad = await host.Queue.EnqueueAsync("scripted", "bad");

        var cleanup = await host.Queue.EnqueueAsync("reader", "cleanup", new JobOptions { DependsOn = [good, JobDependency.FromJobId(bad).RunAnyway()] });
        var done = await host.Queue.CompletedAsync(cleanup);

        Assert.Equal(JobState.Succeeded, done.State);
        Assert.Equal("cleanup:good", done.Output);
        var seen = host.Services.GetRequiredService<DependencyReadingHandler>().Seen["cleanup"];
        Assert.Equal([JobState.Succeeded, JobState.Failed], seen.Select(dependency => dependency.State));
        Assert.Null(seen[1].Output);
    }

    [Fact]
    public async Task RunAnywayEdgeInAGraph_DependentRunsAfterACancelledNode()
    {
        await using var host = await StartAsync();
        var graph = new JobGraph()
            .Add("render", "video", "render")
            .Add("report", "reader", "report", new JobOptions { DependsOn = [new JobDependency("render", DependencyFailureBehavior.RunAnyway)] });
        var ids = await host.Queue.EnqueueGraphAsync(graph);

        await host.Queue.CancelAsync(ids["render"]);
        var report = await host.Queue.CompletedAsync(ids["report"]);

        Assert.Equal(JobState.Succeeded, report.State);
        Assert.Equal(JobState.Cancelled, Assert.Single(host.Services.GetRequiredService<DependencyReadingHandler>().Seen["report"]).State);
    }

    [Fact]
    public async Task DependingOnAnAlreadySucceededJob_RunsAtOnce()
    {
        await using var host = await StartAsync();
        var done = await host.Queue.EnqueueAsync("scripted", "done");
        await host.Queue.CompletedAsync(done);

        var dependent = await host.Queue.EnqueueAsync("reader", "next", new JobOptions { DependsOn = [done] });
        var snapshot = await host.Queue.CompletedAsync(dependent);

        Assert.Equal(JobState.Succeeded, snapshot.State);
        Assert.Equal("next:done", snapshot.Output);
    }

    [Fact]
    public async Task DependingOnAnAlreadyFailedJob_IsCancelledAtEnqueue()
    {
        await using var host = await StartAsync();
        host.Services.GetRequiredService<ScriptedHandler>().Script = _ => throw new InvalidOperationException("broken");
        var failed = await host.Queue.EnqueueAsync("scripted", "failed");
        await host.Queue.CompletedAsync(failed);

        var dependent = await host.Queue.EnqueueAsync("reader", "next", new JobOptions { DependsOn = [failed] });
        var snapshot = await host.Queue.GetAsync(dependent);

        Assert.Equal(JobState.Cancelled, snapshot!.State);
        Assert.Contains(failed.ToString(), snapshot.Error!.Message, StringComparison.Ordinal);
        Assert.Empty(host.Services.GetRequiredService<DependencyReadingHandler>().Seen);
    }

    [Fact]
    public async Task DependingOnAnAlreadyFailedJobWithRunAnyway_RunsAtOnce()
    {
        await using var host = await StartAsync();
        host.Services.GetRequiredService<ScriptedHandler>().Script = _ => throw new InvalidOperationException("broken");
        var failed = await host.Queue.EnqueueAsync("scripted", "failed");
        await host.Queue.CompletedAsync(failed);

        var dependent = await host.Queue.EnqueueAsync("reader", "next", new JobOptions { DependsOn = [JobDependency.FromJobId(failed).RunAnyway()] });

        Assert.Equal(JobState.Succeeded, (await host.Queue.CompletedAsync(dependent)).State);
    }

    [Fact]
    public async Task GetDependencyResult_NoSucceededDependencyOfThatType_FailsTheJobWithAMessage()
    {
        await using var host = await StartAsync();
        var video = await host.Queue.EnqueueAsync("scripted", "not-a-video");

        var compose = await host.Queue.EnqueueAsync("compose", "cut", new JobOptions { DependsOn = [video] });
        var done = await host.Queue.CompletedAsync(compose);

        Assert.Equal(JobState.Failed, done.State);
        Assert.Contains("'video'", done.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Enqueue_DependencyOnAGraphNodeName_IsRejected()
    {
        await using var host = await StartAsync();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => host.Queue.EnqueueAsync("reader", "x", new JobOptions { DependsOn = ["video"] }).AsTask());

        Assert.Contains("'video'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Enqueue_UnknownJobIdDependency_IsRejectedNamingTheJob()
    {
        await using var host = await StartAsync();
        var unknown = new JobId(Guid.NewGuid());

        var error = await Assert.ThrowsAsync<ArgumentException>(() => host.Queue.EnqueueAsync("reader", "x", new JobOptions { DependsOn = [unknown] }).AsTask());

        Assert.Contains(unknown.ToString(), error.Message, StringComparison.Ordinal);
        Assert.Contains("'reader'", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, host.Queue.GetStatistics().TotalEnqueued);
    }

    private static Task<QueueHost> StartAsync() => QueueHost.StartAsync(builder => builder
        .AddJobHandler<string, GatedHandler>("video")
        .AddJobHandler<string, GatedHandler>("narrate")
        .AddJobHandler<string, ScriptedHandler>("scripted")
        .AddJobHandler<string, DependencyReadingHandler>("reader")
        .AddJobHandler<string, TypedComposeHandler>("compose"));
}
