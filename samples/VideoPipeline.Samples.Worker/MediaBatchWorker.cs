using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using VideoPipeline.Sdk;
using VideoPipeline.Sdk.Caching;
using VideoPipeline.Sdk.Health;
using VideoPipeline.Sdk.Monitoring;
using VideoPipeline.Sdk.Quality;
using VideoPipeline.Sdk.Queueing;

namespace VideoPipeline.Samples.Worker;

/// <summary>
/// Asks the quality optimizer which profile the storyboard's script deserves under a budget, then generates a small
/// storyboard as one job graph (a script; per scene an image after the script, a clip after its image
/// and narration after the script; a music bed) on the job queue, within its provider connection pool and money budget.
/// Each job goes through the prompt cache (<see cref="GenerateMediaHandler"/>) and writes its media to disk. Then it
/// generates a revision of the storyboard in which one narration line is reworded: the cache answers every request, the
/// reworded one by a semantic match, and the provider is not called again. It prints a summary, with the monitor's
/// snapshot of the provider calls and of the other packages' instruments and a fresh health report, and stops the host.
/// </summary>
internal sealed class MediaBatchWorker(
    IJobQueue queue,
    IPromptCache cache,
    IPerformanceMonitor monitor,
    IHealthMonitor health,
    IQualityOptimizer quality,
    InMemoryAlertSink notifications,
    IOptions<SampleOptions> options,
    IHostApplicationLifetime lifetime) : BackgroundService
{
    private static readonly string[] Scenes =
    [
        "A lighthouse on a cliff at dawn, waves breaking below",
        "A fishing boat leaving the harbour through morning fog",
        "Gulls circling over the market as the first crates are unloaded",
        "The keeper climbs the spiral stairs with a lantern",
        "Night falls and the beam sweeps across a calm sea",
    ];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var sample = options.Value;
            var sceneCount = Math.Clamp(sample.Scenes, 1, Scenes.Length);
            var recommendation = await quality.OptimizeForContentAsync(
                string.Join("\n\n", Scenes.Take(sceneCount)),
                ContentType.Narrative,
                new QualityConstraints { BudgetTier = QualityLevel.Premium, MaxCost = Money.FromUsd(sample.MaxCostUsd) },
                stoppingToken);
            PrintQuality(recommendation);
            var stopwatch = Stopwatch.StartNew();
            var results = await GenerateAsync(Plan(sceneCount, revision: false), stoppingToken);
            stopwatch.Stop();
            Print($"Generated {results.Count} media as one job graph in {stopwatch.Elapsed.TotalSeconds:0.00} s:", results);
            var total = results.Aggregate(Money.Zero, (sum, r) => sum + r.Cached.GenerationResult.Cost);
            Console.WriteLine($"  Total cost {total}. Media written to {sample.ResolveOutputDirectory()}");

            stopwatch.Restart();
            var revised = await GenerateAsync(Plan(sceneCount, revision: true), stoppingToken);
            stopwatch.Stop();
            Print($"Generated the revision (one narration line reworded) in {stopwatch.Elapsed.TotalSeconds:0.00} s:", revised);

            var statistics = cache.GetStatistics();
            Console.WriteLine(
                $"  Cache: {statistics.ExactHits} exact and {statistics.SemanticHits} semantic hits, {statistics.Misses} misses "
                + $"({statistics.HitRate:P0} hit rate); {statistics.CostSaved} and {statistics.TimeSaved.TotalSeconds:0.0} s of provider time saved.");
            var queued = queue.GetStatistics();
            Console.WriteLine(
                $"  Queue: {queued.TotalSucceeded} jobs succeeded, {queued.TotalRetries} retried; wait p50 {queued.WaitTime.P50.TotalMilliseconds:0} ms, "
                + $"p99 {queued.WaitTime.P99.TotalMilliseconds:0} ms; run p50 {queued.RunTime.P50.TotalMilliseconds:0} ms, p99 {queued.RunTime.P99.TotalMilliseconds:0} ms.");
            PrintMonitoring(monitor.GetSnapshot());
            PrintHealth(await health.GetHealthReportAsync(refresh: true, stoppingToken), notifications.ReceivedCount);
            if (recommendation.RunId is { } runId)
            {
                // The storyboard was kept: that tells the optimizer the profile was worth its price for this kind of content.
                await quality.RecordFeedbackAsync(QualityFeedback.Published(runId), stoppingToken);
            }

            Console.WriteLine();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Console.Error.WriteLine($"The sample failed: {exception.Message}");
            Environment.ExitCode = 1;
        }
        finally
        {
            lifetime.StopApplication();
        }
    }

    /// <summary>Enqueues the plan as one graph, waits for every job and returns what each produced, in plan order.</summary>
    private async Task<List<GeneratedMedia>> GenerateAsync(List<(string Name, GenerationRequest Request, string[] DependsOn)> plan, CancellationToken cancellationToken)
    {
        var graph = new JobGraph();
        foreach (var (name, request, dependsOn) in plan)
        {
            graph.Add(name, GenerateMediaHandler.JobType, request, new JobOptions
            {
                Priority = JobPriority.High,
                DependsOn = [.. dependsOn.Select(JobDependency.FromString)],
                Demand = new JobResourceDemand { ConnectionPool = request.Provider, EstimatedCost = Money.FromUsd(0.05m) },
            });
        }

        var ids = await queue.EnqueueGraphAsync(graph, cancellationToken);
        var results = new List<GeneratedMedia>(plan.Count);
        foreach (var (name, _, _) in plan)
        {
            var job = await queue.WaitForCompletionAsync(ids[name], cancellationToken);
            results.Add(job.Output as GeneratedMedia
                ?? throw new InvalidOperationException($"Job '{name}' ended {job.State}: {job.Error}"));
        }

        return results;
    }

    private static void Print(string title, List<GeneratedMedia> results)
    {
        Console.WriteLine();
        Console.WriteLine(title);
        Console.WriteLine();
        Console.WriteLine($"  {"kind",-7} {"media type",-26} {"shape",-22} {"bytes",10} {"cost",9} {"cache",-13}");
        foreach (var (request, cached, path) in results)
        {
            var outcome = cached.Outcome == PromptCacheOutcome.SemanticHit
                ? string.Create(CultureInfo.InvariantCulture, $"semantic {cached.Similarity:0.00}")
                : cached.Outcome.ToString();
            Console.WriteLine(
                $"  {request.Kind,-7} {cached.GenerationResult.MediaType,-26} {Shape(cached.GenerationResult),-22} {new FileInfo(path).Length,10:N0} "
                + $"{cached.GenerationResult.Cost,9} {outcome,-13}");
        }

        Console.WriteLine();
    }

    /// <summary>Prints the provider calls the monitor tracked, and figures it aggregated from the other packages' meters.</summary>
    private static void PrintQuality(QualityRecommendation recommendation)
    {
        Console.WriteLine();
        Console.WriteLine("Quality plan for the storyboard's script:");
        Console.WriteLine($"  {recommendation.Rationale}");
        foreach (var alternative in recommendation.Alternatives)
        {
            var verdict = alternative.Fits ? "fits" : "does not fit";
            Console.WriteLine(
                $"  {alternative.Level,-9} expected {alternative.Estimate.Expected,-10} up to {alternative.Estimate.Maximum,-10} "
                + $"quality {alternative.ExpectedQuality:0.00}  {verdict}");
        }

        if (recommendation.Plan is { } plan)
        {
            foreach (var step in plan.Steps)
            {
                Console.WriteLine($"  {step.Name,-20} {step.Calls,3} × {step.Route.Id,-32} {step.Resolution?.ToString(CultureInfo.InvariantCulture) ?? "-",5} {step.FramesPerSecond?.ToString(CultureInfo.InvariantCulture) ?? "-",3} fps");
            }
        }
    }

    private static void PrintMonitoring(MonitoringSnapshot snapshot)
    {
        Console.WriteLine("  Monitor, last minute:");
        foreach (var endpoint in snapshot.Endpoints)
        {
            var minute = endpoint.Windows[0];
            Console.WriteLine(
                $"    {endpoint.Method} {endpoint.Endpoint,-28} {minute.Count,3} calls, {minute.ErrorRate,4:P0} errors, "
                + $"p50 {minute.P50 * 1000,6:0} ms, p95 {minute.P95 * 1000,6:0} ms");
        }

        double Total(string instrument) => snapshot.FindInstrument(instrument)?.Series.Sum(series => series.Total) ?? 0;
        Console.WriteLine(
            $"    from the other packages' meters: {Total(VideoPipelineDiagnostics.ProviderRequests):0} provider requests costing "
            + $"${Total(VideoPipelineDiagnostics.ProviderCost):0.00}, {Total(VideoPipelineDiagnostics.CacheRequests):0} cache lookups, "
            + $"{Total(VideoPipelineDiagnostics.QueueJobs):0} finished jobs; process CPU {snapshot.Resources.CpuUtilization:P0}, "
            + $"working set {snapshot.Resources.WorkingSetBytes / (1024 * 1024)} MiB.");
    }

    /// <summary>Prints the overall health, each component with its metrics against their thresholds, and the alerts.</summary>
    private static void PrintHealth(HealthMonitorReport report, long notificationCount)
    {
        Console.WriteLine($"  Health: {report.Status}, score {report.Score:0}; {report.ActiveAlerts.Count} active alerts, {notificationCount} notifications sent.");
        foreach (var component in report.Components)
        {
            var metrics = string.Join(", ", component.Metrics
                .Where(metric => metric.Threshold is not null || metric.Name == ComponentMetricNames.ResponseTimeMilliseconds)
                .Select(metric => string.Create(CultureInfo.InvariantCulture, $"{metric.Name} {metric.Value:0.###} ({metric.Status}, {metric.Trend})")));
            Console.WriteLine($"    {component.Name,-12} {component.Kind,-18} {component.Status,-9} {metrics}");
        }
    }

    private static List<(string Name, GenerationRequest Request, string[] DependsOn)> Plan(int sceneCount, bool revision)
    {
        var scenes = Scenes.Take(sceneCount).ToList();
        var plan = new List<(string, GenerationRequest, string[])>
        {
            ("script", new("synthetic", "script-writer-1", MediaKind.Text, "Write a 30-second script about a lighthouse keeper's morning.") { MaxOutputTokens = 80 }, []),
            ("music", new GenerationRequest("synthetic", "music-1", MediaKind.Music, "calm ambient piano, slow tempo") { Duration = TimeSpan.FromSeconds(12) }, []),
        };
        for (var i = 0; i < scenes.Count; i++)
        {
            var seed = 100 + i;
            plan.Add(($"image-{i}", new GenerationRequest("synthetic", "image-hd-1", MediaKind.Image, scenes[i]) { Width = 320, Height = 180, Seed = seed }
                .WithParameter("style", "cinematic"), ["script"]));
            plan.Add(($"clip-{i}", new GenerationRequest("synthetic", "video-fast-1", MediaKind.Video, scenes[i]) { Duration = TimeSpan.FromSeconds(4), FramesPerSecond = 12, Seed = seed }
                .WithParameter("style", "cinematic"), [$"image-{i}"]));
            var narration = revision && i == 0 ? "a lighthouse on a cliff at dawn with the waves breaking below." : scenes[i] + ".";
            plan.Add(($"narration-{i}", new GenerationRequest("synthetic", "voice-1", MediaKind.Speech, narration) { Voice = "narrator-warm" }, ["script"]));
        }

        return plan;
    }

    private static string Shape(GenerationResult result)
    {
        var metadata = result.Metadata;
        string Get(string key) => metadata.TryGetValue(key, out var value) ? value : "?";
        return result.Kind switch
        {
            MediaKind.Image => $"{Get("width")}x{Get("height")}",
            MediaKind.Video => $"{Get("width")}x{Get("height")}, {Get("frames")} fr @ {Get("fps")}",
            MediaKind.Speech or MediaKind.Music => string.Create(
                CultureInfo.InvariantCulture, $"{double.Parse(Get("duration.seconds"), CultureInfo.InvariantCulture):0.0} s @ {Get("sample_rate")} Hz"),
            _ => $"{Get("tokens.output")} tokens",
        };
    }
}
