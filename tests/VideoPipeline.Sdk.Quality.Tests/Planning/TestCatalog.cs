using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using VideoPipeline.Sdk.Quality.Planning.Internal;

namespace VideoPipeline.Sdk.Quality.Tests.Planning;

/// <summary>
/// A catalog built in code for the planning and estimation tests: every kind in every tier except flagship music, with
/// different capabilities per tier so that clamping shows, and exact prices. "Today" is <see cref="Today"/>.
/// </summary>
internal static class TestCatalog
{
    public static readonly DateOnly Today = new(2026, 11, 24);

    public static readonly DateOnly CapturedOn = new(2026, 9, 1);

    /// <summary>The capture date of the lite image route, the oldest of the catalog.</summary>
    public static readonly DateOnly OldestCapture = new(2026, 6, 15);

    public static List<GenerationRoute> Routes() =>
    [
        Video("video-lite", RouteTier.Lite, 0.40, [720], [24], [5, 10], audio: false, 0.05m),
        Video("video-standard", RouteTier.Standard, 0.60, [720, 1080], [24, 30], [5, 10], audio: false, 0.10m, (1080, 0.12m)),
        Video("video-pro", RouteTier.Pro, 0.80, [720, 1080], [24, 30, 60], [4, 6, 8], audio: true, 0.20m, audioSurcharge: 0.05m),
        Video("video-flagship", RouteTier.Flagship, 0.95, [1080, 2160], [24, 30, 60], [5, 10], audio: true, 0.40m, (2160, 0.60m), audioSurcharge: 0.10m),
        Image("image-lite", RouteTier.Lite, 0.40, [720, 1080], 0.01m) with { CapturedOn = OldestCapture },
        Image("image-standard", RouteTier.Standard, 0.60, [1080], 0.03m),
        Image("image-pro", RouteTier.Pro, 0.80, [1080, 1440], 0.05m),
        Image("image-flagship", RouteTier.Flagship, 0.95, [1080, 2160], 0.08m, (2160, 0.12m)),
        Audio("speech-lite", MediaKind.Speech, RouteTier.Lite, 0.40, PriceUnit.ThousandCharacters, 0.015m),
        Audio("speech-standard", MediaKind.Speech, RouteTier.Standard, 0.60, PriceUnit.ThousandCharacters, 0.05m),
        Audio("speech-pro", MediaKind.Speech, RouteTier.Pro, 0.80, PriceUnit.ThousandCharacters, 0.10m),
        Audio("speech-flagship", MediaKind.Speech, RouteTier.Flagship, 0.95, PriceUnit.ThousandCharacters, 0.30m),
        Audio("music-lite", MediaKind.Music, RouteTier.Lite, 0.40, PriceUnit.Track, 0.02m),
        Audio("music-standard", MediaKind.Music, RouteTier.Standard, 0.60, PriceUnit.Track, 0.05m),
        Audio("music-pro", MediaKind.Music, RouteTier.Pro, 0.80, PriceUnit.Track, 0.10m),
    ];

    public static ProviderCatalog Create() => new(Routes());

    public static FakeTimeProvider Clock() => new(new DateTimeOffset(Today, new TimeOnly(9, 30), TimeSpan.Zero));

    public static ProductionPlanner Planner(ProviderCatalog? catalog = null, int maxParallelCalls = 4) =>
        new(catalog ?? Create(), Clock(), maxParallelCalls);

    /// <summary>A service provider as an integrator builds it, with this catalog registered and the clock on <see cref="Today"/>.</summary>
    public static ServiceProvider Services(Action<QualityOptions>? configure = null, ProviderCatalog? catalog = null)
    {
        var services = new ServiceCollection()
            .AddSingleton(catalog ?? Create())
            .AddSingleton<TimeProvider>(Clock());
        var pipeline = services.AddVideoPipeline();
        _ = configure is null ? pipeline.AddQuality() : pipeline.AddQuality(configure);
        return services.BuildServiceProvider(validateScopes: true);
    }

    public static GenerationRoute Video(
        string id, RouteTier tier, double quality, int[] resolutions, double[] fps, int[] clipSeconds, bool audio, decimal perSecond,
        (int Resolution, decimal Price)? resolutionPrice = null, decimal audioSurcharge = 0) => new()
    {
        Id = id,
        Provider = "video-co",
        Model = id + "-model",
        Kind = MediaKind.Video,
        Tier = tier,
        Quality = quality,
        Resolutions = resolutions,
        FramesPerSecond = fps,
        ClipDurations = [.. clipSeconds.Select(seconds => TimeSpan.FromSeconds(seconds))],
        SupportsAudio = audio,
        Price = new RoutePrice
        {
            Unit = PriceUnit.Second,
            Amount = Money.FromUsd(perSecond),
            ResolutionAmounts = resolutionPrice is { } extra ? new Dictionary<int, Money> { [extra.Resolution] = Money.FromUsd(extra.Price) } : new Dictionary<int, Money>(),
            AudioSurcharge = Money.FromUsd(audioSurcharge),
        },
        TypicalLatency = TimeSpan.FromSeconds(60 + (30 * (int)tier)),
        CapturedOn = CapturedOn,
    };

    public static GenerationRoute Image(string id, RouteTier tier, double quality, int[] resolutions, decimal perImage, (int Resolution, decimal Price)? resolutionPrice = null) => new()
    {
        Id = id,
        Provider = "image-co",
        Model = id + "-model",
        Kind = MediaKind.Image,
        Tier = tier,
        Quality = quality,
        Resolutions = resolutions,
        Price = new RoutePrice
        {
            Unit = PriceUnit.Image,
            Amount = Money.FromUsd(perImage),
            ResolutionAmounts = resolutionPrice is { } extra ? new Dictionary<int, Money> { [extra.Resolution] = Money.FromUsd(extra.Price) } : new Dictionary<int, Money>(),
        },
        TypicalLatency = TimeSpan.FromSeconds(8),
        CapturedOn = CapturedOn,
    };

    public static GenerationRoute Audio(string id, MediaKind kind, RouteTier tier, double quality, PriceUnit unit, decimal price) => new()
    {
        Id = id,
        Provider = kind == MediaKind.Speech ? "voice-co" : "music-co",
        Model = id + "-model",
        Kind = kind,
        Tier = tier,
        Quality = quality,
        Price = new RoutePrice { Unit = unit, Amount = Money.FromUsd(price) },
        TypicalLatency = TimeSpan.FromSeconds(kind == MediaKind.Speech ? 5 : 20),
        CapturedOn = CapturedOn,
    };

    /// <summary>A scene of a given narration length and motion, as the planner receives it.</summary>
    public static SceneInput Scene(double seconds, double motion = 0.2, double dialogue = 0, int characters = 500) =>
        new(new ContentAnalysis { Words = 10, NarrationDuration = TimeSpan.FromSeconds(seconds), MotionIntensity = motion, DialogueShare = dialogue }, characters);
}
