using BenchmarkDotNet.Attributes;
using VideoPipeline.Sdk.Queueing;

namespace VideoPipeline.Sdk.Benchmarks.Queueing;

/// <summary>
/// Dependency-graph throughput: 10,000 five-stage video graphs of seven no-op jobs each (script; two images on the script;
/// a clip on each image; narration on the script; compose on both clips and the narration), each built as a
/// <see cref="JobGraph"/> and enqueued with <see cref="IJobQueue.EnqueueGraphAsync"/>, then waiting until every compose has
/// run. Results are per job (<c>OperationsPerInvoke</c> = 70,000): the mean is the cost of one job through the graph
/// machinery (topological check, naming, dependency links, release of dependents) and the allocation includes building the
/// graph. Default options (16 jobs at once, no budget). No peer: Hangfire's continuations take one parent and Quartz has
/// no dependencies, so neither runs this graph as such.
/// </summary>
[MemoryDiagnoser]
public class GraphThroughputBenchmarks
{
    public const int Graphs = 10_000;
    public const int JobsPerGraph = 7;

    private static readonly JobOptions OnScript = new() { DependsOn = ["script"] };
    private static readonly JobOptions OnImage1 = new() { DependsOn = ["image-1"] };
    private static readonly JobOptions OnImage2 = new() { DependsOn = ["image-2"] };
    private static readonly JobOptions OnClipsAndNarration = new() { DependsOn = ["clip-1", "clip-2", "narration"] };

    private QueueBenchmarkHost _host = null!;

    [GlobalSetup]
    public void Setup() => _host = QueueBenchmarkHost.Start(static _ => { }, "compose", "script", "image", "clip", "narrate");

    [GlobalCleanup]
    public void Cleanup() => _host.Dispose();

    [Benchmark(OperationsPerInvoke = Graphs * JobsPerGraph, Description = "IJobQueue.EnqueueGraphAsync, 7-job graphs")]
    public async Task EnqueueGraphs()
    {
        var done = _host.Completions.Reset(Graphs);
        for (var i = 0; i < Graphs; i++)
        {
            var graph = new JobGraph()
                .Add("script", "script", QueueBenchmarkHost.Payload)
                .Add("image-1", "image", QueueBenchmarkHost.Payload, OnScript)
                .Add("image-2", "image", QueueBenchmarkHost.Payload, OnScript)
                .Add("clip-1", "clip", QueueBenchmarkHost.Payload, OnImage1)
                .Add("clip-2", "clip", QueueBenchmarkHost.Payload, OnImage2)
                .Add("narration", "narrate", QueueBenchmarkHost.Payload, OnScript)
                .Add("compose", "compose", QueueBenchmarkHost.Payload, OnClipsAndNarration);
            await _host.Queue.EnqueueGraphAsync(graph).ConfigureAwait(false);
        }

        await done.ConfigureAwait(false);
    }
}
