using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using VideoPipeline.Sdk.Quality;

namespace VideoPipeline.Sdk.Benchmarks.Quality;

/// <summary>
/// The optimizer's two calls on a 1,000-word script (generated like <see cref="ContentAnalysisBenchmarks"/>'s, with scene
/// headings every 400 words): a recommendation under a $100 MaxCost at normal importance, and one rating for a known run.
/// The floor is analysing the same script once with <see cref="IContentAnalyzer"/>: a recommendation analyses the whole
/// script once, splits it into scenes from that analysis and analyses each, then plans and prices the four profiles (and, for each profile whose
/// plan breaks MaxCost, its plan without action-scene upgrades) and draws among those that fit.
/// </summary>
[MemoryDiagnoser]
public class OptimizerBenchmarks
{
    private static readonly QualityConstraints Constraints = new() { MaxCost = Money.FromUsd(100m), Importance = ContentImportance.Normal };

    private ServiceProvider _services = null!;
    private IContentAnalyzer _analyzer = null!;
    private IQualityOptimizer _optimizer = null!;
    private QualityFeedback _rating = null!;
    private string _script = string.Empty;

    [GlobalSetup]
    public async Task Setup()
    {
        var services = new ServiceCollection()
            .AddSingleton(Catalog())
            .AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 9, 30, 0, TimeSpan.Zero)));
        services.AddVideoPipeline().AddQuality();
        _services = services.BuildServiceProvider();
        _analyzer = _services.GetRequiredService<IContentAnalyzer>();
        _optimizer = _services.GetRequiredService<IQualityOptimizer>();
        _script = ContentAnalysisBenchmarks.GenerateScript(words: 1_000, seed: 42);
        var recommendation = await _optimizer.OptimizeForContentAsync(_script, ContentType.Unknown, Constraints);
        _rating = QualityFeedback.FromStars(recommendation.RunId!, 4);
        Console.WriteLine($"// Script: {_analyzer.Analyze(_script).Words:N0} words; {recommendation.Rationale}");
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    [Benchmark(Baseline = true)]
    public ContentAnalysis AnalyzeOnce() => _analyzer.Analyze(_script);

    [Benchmark]
    public ValueTask<QualityRecommendation> OptimizeForContent() => _optimizer.OptimizeForContentAsync(_script, ContentType.Unknown, Constraints);

    [Benchmark]
    public ValueTask<bool> RecordFeedback() => _optimizer.RecordFeedbackAsync(_rating);

    /// <summary>A catalog of the Quality tests' TestCatalog shape, built in code until the package ships a built-in one:
    /// video, image and speech routes in all four tiers and music up to Pro, with capabilities that grow with the tier.</summary>
    private static ProviderCatalog Catalog()
    {
        var capturedOn = new DateOnly(2026, 9, 1);
        GenerationRoute Route(string id, MediaKind kind, RouteTier tier, double quality, PriceUnit unit, decimal price) => new()
        {
            Id = id,
            Provider = kind.ToString().ToLowerInvariant() + "-co",
            Model = id + "-model",
            Kind = kind,
            Tier = tier,
            Quality = quality,
            Price = new RoutePrice { Unit = unit, Amount = Money.FromUsd(price) },
            TypicalLatency = TimeSpan.FromSeconds(kind == MediaKind.Video ? 60 + (30 * (int)tier) : 8),
            CapturedOn = capturedOn,
        };

        return new ProviderCatalog(
        [
            Route("video-lite", MediaKind.Video, RouteTier.Lite, 0.40, PriceUnit.Second, 0.05m) with { Resolutions = [720], FramesPerSecond = [24], ClipDurations = [TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10)] },
            Route("video-standard", MediaKind.Video, RouteTier.Standard, 0.60, PriceUnit.Second, 0.10m) with { Resolutions = [720, 1080], FramesPerSecond = [24, 30], ClipDurations = [TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10)] },
            Route("video-pro", MediaKind.Video, RouteTier.Pro, 0.80, PriceUnit.Second, 0.20m) with { Resolutions = [720, 1080], FramesPerSecond = [24, 30, 60], ClipDurations = [TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(6), TimeSpan.FromSeconds(8)], SupportsAudio = true },
            Route("video-flagship", MediaKind.Video, RouteTier.Flagship, 0.95, PriceUnit.Second, 0.40m) with { Resolutions = [1080, 2160], FramesPerSecond = [24, 30, 60], ClipDurations = [TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10)], SupportsAudio = true },
            Route("image-lite", MediaKind.Image, RouteTier.Lite, 0.40, PriceUnit.Image, 0.01m) with { Resolutions = [720, 1080] },
            Route("image-standard", MediaKind.Image, RouteTier.Standard, 0.60, PriceUnit.Image, 0.03m) with { Resolutions = [1080] },
            Route("image-pro", MediaKind.Image, RouteTier.Pro, 0.80, PriceUnit.Image, 0.05m) with { Resolutions = [1080, 1440] },
            Route("image-flagship", MediaKind.Image, RouteTier.Flagship, 0.95, PriceUnit.Image, 0.08m) with { Resolutions = [1080, 2160] },
            Route("speech-lite", MediaKind.Speech, RouteTier.Lite, 0.40, PriceUnit.ThousandCharacters, 0.015m),
            Route("speech-standard", MediaKind.Speech, RouteTier.Standard, 0.60, PriceUnit.ThousandCharacters, 0.05m),
            Route("speech-pro", MediaKind.Speech, RouteTier.Pro, 0.80, PriceUnit.ThousandCharacters, 0.10m),
            Route("speech-flagship", MediaKind.Speech, RouteTier.Flagship, 0.95, PriceUnit.ThousandCharacters, 0.30m),
            Route("music-lite", MediaKind.Music, RouteTier.Lite, 0.40, PriceUnit.Track, 0.02m),
            Route("music-standard", MediaKind.Music, RouteTier.Standard, 0.60, PriceUnit.Track, 0.05m),
            Route("music-pro", MediaKind.Music, RouteTier.Pro, 0.80, PriceUnit.Track, 0.10m),
        ]);
    }
}
