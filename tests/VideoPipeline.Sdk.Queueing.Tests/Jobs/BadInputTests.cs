using Microsoft.Extensions.DependencyInjection;
using VideoPipeline.Sdk.Queueing.Tests.TestHandlers;

namespace VideoPipeline.Sdk.Queueing.Tests.Jobs;

public sealed class BadInputTests
{
    [Fact]
    public async Task Enqueue_NullPayload_ThrowsArgumentNull()
    {
        await using var host = await StartAsync();

        var error = await Assert.ThrowsAsync<ArgumentNullException>(() => host.Queue.EnqueueAsync<string>("echo", null!).AsTask());

        Assert.Equal("payload", error.ParamName);
    }

    [Fact]
    public async Task Enqueue_NullJobType_ThrowsArgumentNull()
    {
        await using var host = await StartAsync();

        var error = await Assert.ThrowsAsync<ArgumentNullException>(() => host.Queue.EnqueueAsync(null!, "x").AsTask());

        Assert.Equal("jobType", error.ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Enqueue_EmptyJobType_ThrowsArgument(string jobType)
    {
        await using var host = await StartAsync();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => host.Queue.EnqueueAsync(jobType, "x").AsTask());

        Assert.Equal("jobType", error.ParamName);
    }

    [Fact]
    public async Task Enqueue_JobTypeWithoutHandler_ThrowsArgumentNamingTheTypeAndTheRegisteredOnes()
    {
        await using var host = await StartAsync();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => host.Queue.EnqueueAsync("upscale", "x").AsTask());

        Assert.Contains("'upscale'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'echo'", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, host.Queue.GetStatistics().TotalEnqueued);
    }

    [Fact]
    public async Task Enqueue_PayloadTypeTheHandlerDoesNotTake_ThrowsArgumentNamingBothTypes()
    {
        await using var host = await StartAsync();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => host.Queue.EnqueueAsync("echo", 42).AsTask());

        Assert.Equal("payload", error.ParamName);
        Assert.Contains("Int32", error.Message, StringComparison.Ordinal);
        Assert.Contains("String", error.Message, StringComparison.Ordinal);
        Assert.Contains("'echo'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Enqueue_PayloadDeclaredAsObjectButOfTheHandlersType_IsAccepted()
    {
        await using var host = await StartAsync();

        var id = await host.Queue.EnqueueAsync<object>("echo", "boxed");

        Assert.Equal("BOXED", (await host.Queue.CompletedAsync(id)).Output);
    }

    [Fact]
    public void Demand_NegativeMemory_ThrowsArgumentOutOfRange()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new JobResourceDemand { MemoryMegabytes = -1 });

        Assert.Equal(nameof(JobResourceDemand.MemoryMegabytes), error.ParamName);
    }

    [Fact]
    public void Demand_NegativeEstimatedCost_ThrowsArgumentOutOfRange()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new JobResourceDemand { EstimatedCost = Money.FromUsd(-0.01m) });

        Assert.Equal(nameof(JobResourceDemand.EstimatedCost), error.ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(101)]
    public void Options_MaxAttemptsOutOfRange_ThrowsArgumentOutOfRange(int maxAttempts)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new JobOptions { MaxAttempts = maxAttempts });

        Assert.Equal(nameof(JobOptions.MaxAttempts), error.ParamName);
        Assert.Contains("between 1 and 100", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_ZeroTimeout_ThrowsArgumentOutOfRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new JobOptions { Timeout = TimeSpan.Zero });
    }

    [Fact]
    public void Options_UndefinedPriority_ThrowsArgumentOutOfRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new JobOptions { Priority = (JobPriority)42 });
    }

    [Fact]
    public void Options_NullDependencies_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => new JobOptions { DependsOn = null! });
    }

    [Fact]
    public void Dependency_OnDefaultJobId_ThrowsArgument()
    {
        Assert.Throws<ArgumentException>(() => new JobDependency(default(JobId), DependencyFailureBehavior.CancelDependent));
    }

    [Fact]
    public void Dependency_OnBlankNodeName_ThrowsArgument()
    {
        Assert.Throws<ArgumentException>(() => new JobDependency(" ", DependencyFailureBehavior.CancelDependent));
    }

    [Fact]
    public void Dependency_UndefinedBehavior_ThrowsArgumentOutOfRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new JobDependency("video", (DependencyFailureBehavior)9));
    }

    [Fact]
    public async Task HandlerThatThrowsBeforeReturningATask_FailsTheJobWithItsError()
    {
        await using var host = await StartAsync();

        var id = await host.Queue.EnqueueAsync("throws", "prompt");
        var done = await host.Queue.CompletedAsync(id);
        var next = await host.Queue.CompletedAsync(await host.Queue.EnqueueAsync("echo", "still works"));

        Assert.Equal(JobState.Failed, done.State);
        Assert.Equal(typeof(InvalidOperationException).FullName, done.Error!.ExceptionType);
        Assert.Equal("Cannot handle 'prompt'.", done.Error.Message);
        Assert.Equal(JobState.Succeeded, next.State);
    }

    [Fact]
    public async Task HandlerReportingANegativeCost_FailsWithArgumentOutOfRange()
    {
        await using var host = await StartAsync();
        host.Services.GetRequiredService<ScriptedHandler>().Script = context =>
        {
            context.ReportActualCost(Money.FromUsd(-1m));
            return null;
        };

        var done = await host.Queue.CompletedAsync(await host.Queue.EnqueueAsync("scripted", "x"));

        Assert.Equal(typeof(ArgumentOutOfRangeException).FullName, done.Error!.ExceptionType);
    }

    private static Task<QueueHost> StartAsync() => QueueHost.StartAsync(builder => builder
        .AddJobHandler<string, RecordingHandler>("echo")
        .AddJobHandler<string, SyncThrowingHandler>("throws")
        .AddJobHandler<string, ScriptedHandler>("scripted"));
}
