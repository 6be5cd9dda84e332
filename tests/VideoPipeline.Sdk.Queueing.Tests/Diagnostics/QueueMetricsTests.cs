using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using VideoPipeline.Sdk.Queueing.Tests.TestHandlers;

namespace VideoPipeline.Sdk.Queueing.Tests.Diagnostics;

public sealed class QueueMetricsTests
{
    [Fact]
    public async Task FinalJobs_AreCountedWithTheirOutcomeTypeAndPriority()
    {
        await using var host = await StartAsync();
        var meterFactory = host.Services.GetRequiredService<IMeterFactory>();
        using var jobs = new MetricCollector<long>(meterFactory, "VideoPipeline.Sdk.Queueing", "videopipeline.queue.jobs");
        host.Services.GetRequiredService<ScriptedHandler>().Script = context => context.Payload == "bad" ? throw new InvalidOperationException("x") : "ok";

        await host.Queue.CompletedAsync(await host.Queue.EnqueueAsync("scripted", "good", new JobOptions { Priority = JobPriority.High }));
        await host.Queue.CompletedAsync(await host.Queue.EnqueueAsync("scripted", "bad"));
        await QueueAssert.EventuallyAsync(() => jobs.GetMeasurementSnapshot().Count == 2, "two measurements were recorded");

        var measurements = jobs.GetMeasurementSnapshot();
        Assert.Equal(["succeeded", "failed"], measurements.Select(m => (string)m.Tags[VideoPipelineDiagnostics.OutcomeTag]!));
        Assert.All(measurements, m => Assert.Equal("scripted", m.Tags[VideoPipelineDiagnostics.JobTypeTag]));
        Assert.Equal(["high", "medium"], measurements.Select(m => (string)m.Tags[VideoPipelineDiagnostics.JobPriorityTag]!));
        Assert.All(measurements, m => Assert.Equal(1, m.Value));
    }

    [Fact]
    public async Task Depth_IsObservedByStateAndPriority()
    {
        await using var host = await StartAsync();
        var meterFactory = host.Services.GetRequiredService<IMeterFactory>();
        using var depth = new MetricCollector<long>(meterFactory, VideoPipelineDiagnostics.Queueing, VideoPipelineDiagnostics.QueueDepth);
        var gated = host.Services.GetRequiredService<GatedHandler>();
        await host.Queue.EnqueueAsync("gated", "held");
        await gated.NextStartAsync();

        depth.RecordObservableInstruments();
        gated.ReleaseAll();

        var running = depth.GetMeasurementSnapshot().Single(m =>
            (string)m.Tags[VideoPipelineDiagnostics.JobStateTag]! == "running" && (string)m.Tags[VideoPipelineDiagnostics.JobPriorityTag]! == "medium");
        Assert.Equal(1, running.Value);
    }

    private static Task<QueueHost> StartAsync() => QueueHost.StartAsync(builder => builder
        .AddJobHandler<string, ScriptedHandler>("scripted")
        .AddJobHandler<string, GatedHandler>("gated"));
}
