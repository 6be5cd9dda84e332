using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using VideoPipeline.Sdk;

namespace VideoPipeline.Samples.Worker;

/// <summary>
/// Generates a small storyboard (a script, then an image, a clip and narration per scene, and a music bed) through the
/// provider registry, writes the media to disk, prints a summary and stops the host.
/// </summary>
internal sealed class MediaBatchWorker(
    IGenerationProviderRegistry registry,
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

            var requests = Plan(Math.Clamp(sample.Scenes, 1, Scenes.Length));
            var provider = registry.GetProvider("synthetic");
            var stopwatch = Stopwatch.StartNew();
            var results = await Task.WhenAll(requests.Select(async request =>
            {
                var result = await provider.GenerateAsync(request, stoppingToken);
                var path = Path.Combine(output, request.ComputeKey().ToString()[..16] + Extension(result.MediaType));
                await using (var file = File.Create(path))
                {
                    await result.Content.CopyToAsync(file, stoppingToken);
                }

                return (Request: request, Result: result, Path: path);
            }));
            stopwatch.Stop();

            Console.WriteLine();
            Console.WriteLine($"Generated {results.Length} media with provider '{provider.Descriptor.Name}' in {stopwatch.Elapsed.TotalSeconds:0.00} s:");
            Console.WriteLine();
            Console.WriteLine($"  {"kind",-7} {"media type",-26} {"shape",-22} {"bytes",10} {"cost",9} {"latency",8}");
            foreach (var (request, result, path) in results)
            {
                Console.WriteLine(
                    $"  {request.Kind,-7} {result.MediaType,-26} {Shape(result),-22} {new FileInfo(path).Length,10:N0} "
                    + $"{result.Cost,9} {result.ProviderLatency.TotalMilliseconds,6:0} ms");
            }

            var total = results.Aggregate(Money.Zero, (sum, r) => sum + r.Result.Cost);
            var rebuilt = Plan(1)[0];
            Console.WriteLine();
            Console.WriteLine($"  Total cost {total}. Media written to {output}");
            Console.WriteLine($"  A request rebuilt from the same fields has the same key: {rebuilt.ComputeKey() == requests[0].ComputeKey()} ({requests[0].ComputeKey().ToString()[..16]}…)");
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

    private static List<GenerationRequest> Plan(int sceneCount)
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
            requests.Add(new GenerationRequest("synthetic", "voice-1", MediaKind.Speech, scenes[i] + ".") { Voice = "narrator-warm" });
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
