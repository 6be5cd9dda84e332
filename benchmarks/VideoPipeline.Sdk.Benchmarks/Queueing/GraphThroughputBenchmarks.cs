using BenchmarkDotNet.Attributes;
using VideoPipeline.Sdk.Queueing;

namespace VideoPipeline.Sdk.Benchmarks.Queueing;

/// <summary>
/// 5-stage dependency graphs as a video service plans them: a script; two images after the script; a clip after each image;
/// narration after the script; a compose after both clips and the narration (7 jobs, 7 edges). 5,000 graphs are enqueued
/// with <see cref="IJobQueue.EnqueueGraphAsync"/> and measured until every job ran; figures are per job
/// (OperationsPerInvoke = 35,000). The floor is the same number of independent jobs through <see cref="IJobQueue.EnqueueAsync"/>,
/// so the ratio is the price of graphs and dependencies.
/// </summary>
[MemoryDiagnoser]
public class GraphThroughputBenchmarks
{
    private const int Graphs = 5_000;
    private const int JobsPerGraph = 7;
    private const int Jobs = Graphs * JobsPerGraph;

    private static readonly JobOptions AfterScript = new() { DependsOn = ["script"] };
    private static readonly JobOptions AfterImage1 = new() { DependsOn = ["image-1"] };
    private static readonly JobOptions AfterImage2 = new() { DependsOn = ["image-2"] };
    private static readonly JobOptions Compose = new() { DependsOn = ["clip-1", "clip-2", "narration"] };

    private QueueBenchmarkHost _host = null!;

    [GlobalSetup]
    public async Task SetupAsync() =>
        _host = await QueueBenchmarkHost.StartAsync(options => options.MaxRetainedJobs = 50_000, "script", "image", "clip", "narration", "compose");

    [GlobalCleanup]
    public async Task CleanupAsync() => await _host.DisposeAsync();

    [Benchmark(Baseline = true, OperationsPerInvoke = Jobs)]
    public async Task IndependentJobs()
    {
        _host.Handler.Reset(Jobs);
        for (var i = 0; i < Jobs; i++)
        {
            await _host.Queue.EnqueueAsync("image", i).ConfigureAwait(false);
        }

        await _host.Handler.Done.ConfigureAwait(false);
    }

    [Benchmark(OperationsPerInvoke = Jobs)]
    public async Task FiveStageGraphs()
    {
        _host.Handler.Reset(Jobs);
        for (var i = 0; i < Graphs; i++)
        {
            var graph = new JobGraph()
                .Add("script", "script", i)
                .Add("image-1", "image", i, AfterScript)
                .Add("image-2", "image", i, AfterScript)
                .Add("clip-1", "clip", i, AfterImage1)
                .Add("clip-2", "clip", i, AfterImage2)
                .Add("narration", "narration", i, AfterScript)
                .Add("compose", "compose", i, Compose);
            await _host.Queue.EnqueueGraphAsync(graph).ConfigureAwait(false);
        }

        await _host.Handler.Done.ConfigureAwait(false);
    }
}
