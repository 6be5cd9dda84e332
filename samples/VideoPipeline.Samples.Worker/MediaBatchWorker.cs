using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using VideoPipeline.Sdk;
using VideoPipeline.Sdk.Caching;

namespace VideoPipeline.Samples.Worker;

/// <summary>
/// Generates a small storyboard (a script, then an image, a clip and narration per scene, and a music bed) through the
/// prompt cache and the provider registry, writes the media to disk and prints a summary. Then it generates a revision of
/// the storyboard in which one narration line is reworded: the cache answers every request, the reworded one by a semantic
/// match, and the provider is not called again. It stops the host when done.
/// </summary>
internal sealed class MediaBatchWorker(
    IGenerationProviderRegistry registry,
    IPromptCache cache,
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
            var output = string.IsNullOrEmpty(sample.OutputDirectory)
                ? Path.Combine(Path.GetTempPath(), "videopipeline-sample")
                : sample.OutputDirectory;
            Directory.CreateDirectory(output);

            var requests = Plan(Math.Clamp(sample.Scenes, 1, Scenes.Length), revision: false);
            var provider = registry.GetProvider("synthetic");
            var stopwatch = Stopwatch.StartNew();
            var results = await GenerateAsync(requests, provider, output, stoppingToken);
            stopwatch.Stop();
            Print($"Generated {results.Count} media with provider '{provider.Descriptor.Name}' in {stopwatch.Elapsed.TotalSeconds:0.00} s:", results);
            var total = results.Aggregate(Money.Zero, (sum, r) => sum + r.Result.GenerationResult.Cost);
            Console.WriteLine($"  Total cost {total}. Media written to {output}");

            var revision = Plan(Math.Clamp(sample.Scenes, 1, Scenes.Length), revision: true);
            stopwatch.Restart();
            var revised = await GenerateAsync(revision, provider, output, stoppingToken);
            stopwatch.Stop();
            Print($"Generated the revision (one narration line reworded) in {stopwatch.Elapsed.TotalSeconds:0.00} s:", revised);

            var statistics = cache.GetStatistics();
            Console.WriteLine(
                $"  Cache: {statistics.ExactHits} exact and {statistics.SemanticHits} semantic hits, {statistics.Misses} misses "
                + $"({statistics.HitRate:P0} hit rate); {statistics.CostSaved} and {statistics.TimeSaved.TotalSeconds:0.0} s of provider time saved.");
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

    private async Task<List<(GenerationRequest Request, PromptCacheResult Result, string Path)>> GenerateAsync(
        List<GenerationRequest> requests,
        IGenerationProvider provider,
        string output,
        CancellationToken cancellationToken)
    {
        var results = await Task.WhenAll(requests.Select(async request =>
        {
            var cached = await cache.GetOrGenerateAsync(request, provider.GenerateAsync, cancellationToken: cancellationToken);
            var path = Path.Combine(output, request.ComputeKey().ToString()[..16] + Extension(cached.GenerationResult.MediaType));
            await using (var file = File.Create(path))
            {
                await cached.GenerationResult.Content.CopyToAsync(file, cancellationToken);
            }

            return (Request: request, Result: cached, Path: path);
        }));
        return [.. results];
    }

    private static void Print(string title, List<(GenerationRequest Request, PromptCacheResult Result, string Path)> results)
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

    private static List<GenerationRequest> Plan(int sceneCount, bool revision)
    {
        var scenes = Scenes.Take(sceneCount).ToList();
        var requests = new List<GenerationRequest>
        {
            new("synthetic", "script-writer-1", MediaKind.Text, "Write a 30-second script about a lighthouse keeper's morning.") { MaxOutputTokens = 80 },
            new GenerationRequest("synthetic", "music-1", MediaKind.Music, "calm ambient piano, slow tempo") { Duration = TimeSpan.FromSeconds(12) },
        };
        for (var i = 0; i < scenes.Count; i++)
        {
            var seed = 100 + i;
            requests.Add(new GenerationRequest("synthetic", "image-hd-1", MediaKind.Image, scenes[i]) { Width = 320, Height = 180, Seed = seed }
                .WithParameter("style", "cinematic"));
            requests.Add(new GenerationRequest("synthetic", "video-fast-1", MediaKind.Video, scenes[i]) { Duration = TimeSpan.FromSeconds(4), FramesPerSecond = 12, Seed = seed }
                .WithParameter("style", "cinematic"));
            var narration = revision && i == 0 ? "a lighthouse on a cliff at dawn with the waves breaking below." : scenes[i] + ".";
            requests.Add(new GenerationRequest("synthetic", "voice-1", MediaKind.Speech, narration) { Voice = "narrator-warm" });
        }

        return requests;
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

    private static string Extension(string mediaType) => mediaType switch
    {
        "image/png" => ".png",
        "audio/wav" => ".wav",
        "video/x-yuv4mpeg2" => ".y4m",
        _ => ".txt",
    };
}
