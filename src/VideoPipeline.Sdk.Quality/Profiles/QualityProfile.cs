using VideoPipeline.Sdk.Quality.Profiles.Internal;

namespace VideoPipeline.Sdk.Quality;

/// <summary>
/// What a <see cref="QualityLevel"/> asks of the generation, as capabilities rather than models: a target resolution,
/// frame rate and clip length, a <see cref="RouteTier"/> per media kind, how many keyframes and variants per shot, the
/// share of the cost kept in reserve for retries and the audio quality. The planner maps each to the nearest that the
/// catalog's routes offer, so that a catalog update changes the models behind a profile without changing the profile.
/// </summary>
/// <remarks>
/// <see cref="GetDefault(QualityLevel)"/> gives the built-in profiles; configuration overrides them per level through
/// <see cref="QualityOptions.Profiles"/>, and <see cref="QualityProfiles"/> serves the effective ones. Every property is
/// validated when it is set, also in a <see langword="with"/> expression, and throws
/// <see cref="ArgumentOutOfRangeException"/> naming the property, the value and the range.
/// </remarks>
public sealed record QualityProfile
{
    /// <summary>Gets the level this profile is for.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a value that is not a defined <see cref="QualityLevel"/>.</exception>
    public required QualityLevel Level
    {
        get;
        init => field = ProfileRules.Require(value, Enum.IsDefined(value), nameof(Level), ProfileRules.LevelRange);
    }

    /// <summary>
    /// Gets the target output resolution, as vertical pixels of a 16:9 frame (<c>1080</c> for 1920 × 1080). A route is asked
    /// for the highest resolution it offers that is not above the target, or its lowest when all are above.
    /// </summary>
    /// <value>The range is 144 to 4320.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set outside the range.</exception>
    public required int TargetResolution
    {
        get;
        init => field = ProfileRules.Require(value, ProfileRules.IsResolution(value), nameof(TargetResolution), ProfileRules.ResolutionRange);
    }

    /// <summary>
    /// Gets the target frame rate of clips. A video route is asked for the highest frame rate it offers that is not above
    /// the target, or its lowest when all are above.
    /// </summary>
    /// <value>The range is 1 to 120.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set outside the range or to a value that is not a number.</exception>
    public required double FramesPerSecond
    {
        get;
        init => field = ProfileRules.Require(value, ProfileRules.IsFramesPerSecond(value), nameof(FramesPerSecond), ProfileRules.FramesPerSecondRange);
    }

    /// <summary>
    /// Gets the target length of one generated clip. A video route is asked for the length it offers that is closest to the
    /// target (the shorter one on a tie); a scene gets as many clips (shots) as it takes to cover its narration.
    /// </summary>
    /// <value>The range is 1 to 60 seconds.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set outside the range.</exception>
    public required TimeSpan ClipDuration
    {
        get;
        init => field = ProfileRules.Require(value, ProfileRules.IsClipDuration(value), nameof(ClipDuration), ProfileRules.ClipDurationRange);
    }

    /// <summary>Gets the tier of the video route that generates the clips.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a value that is not a defined <see cref="RouteTier"/>.</exception>
    public required RouteTier VideoTier
    {
        get;
        init => field = ProfileRules.Require(value, Enum.IsDefined(value), nameof(VideoTier), ProfileRules.TierRange);
    }

    /// <summary>Gets the tier of the image route that generates the keyframes.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a value that is not a defined <see cref="RouteTier"/>.</exception>
    public required RouteTier ImageTier
    {
        get;
        init => field = ProfileRules.Require(value, Enum.IsDefined(value), nameof(ImageTier), ProfileRules.TierRange);
    }

    /// <summary>Gets the tier of the speech route that generates the narration.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a value that is not a defined <see cref="RouteTier"/>.</exception>
    public required RouteTier SpeechTier
    {
        get;
        init => field = ProfileRules.Require(value, Enum.IsDefined(value), nameof(SpeechTier), ProfileRules.TierRange);
    }

    /// <summary>Gets the tier of the music route that generates the soundtrack.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a value that is not a defined <see cref="RouteTier"/>.</exception>
    public required RouteTier MusicTier
    {
        get;
        init => field = ProfileRules.Require(value, Enum.IsDefined(value), nameof(MusicTier), ProfileRules.TierRange);
    }

    /// <summary>Gets the number of keyframe images generated per shot and variant, from which the clips are animated;
    /// 0 generates clips from text alone.</summary>
    /// <value>The range is 0 to 4.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set outside the range.</exception>
    public required int ImagesPerShot
    {
        get;
        init => field = ProfileRules.Require(value, ProfileRules.IsImagesPerShot(value), nameof(ImagesPerShot), ProfileRules.ImagesPerShotRange);
    }

    /// <summary>Gets the number of variants generated per shot (keyframes and clips), of which the best is kept.</summary>
    /// <value>The range is 1 to 8.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set outside the range.</exception>
    public required int VariantsPerShot
    {
        get;
        init => field = ProfileRules.Require(value, ProfileRules.IsVariantsPerShot(value), nameof(VariantsPerShot), ProfileRules.VariantsPerShotRange);
    }

    /// <summary>
    /// Gets the share of the expected cost kept in reserve for retries and regenerations: a
    /// <see cref="CostEstimate.Reserve"/> of 0.15 × <see cref="CostEstimate.Expected"/> for 0.15.
    /// </summary>
    /// <value>The range is 0 to 1.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set outside the range or to a value that is not a number.</exception>
    public required double RetryReserve
    {
        get;
        init => field = ProfileRules.Require(value, ProfileRules.IsRetryReserve(value), nameof(RetryReserve), ProfileRules.RetryReserveRange);
    }

    /// <summary>Gets the sample rate asked of the narration and the music, in hertz.</summary>
    /// <value>The range is 8,000 to 192,000.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set outside the range.</exception>
    public required int AudioSampleRate
    {
        get;
        init => field = ProfileRules.Require(value, ProfileRules.IsSampleRate(value), nameof(AudioSampleRate), ProfileRules.SampleRateRange);
    }

    /// <summary>
    /// Gets a value indicating whether clips carry the sound the video route generates with them (ambience, effects) when
    /// the route supports it (<see cref="GenerationRoute.SupportsAudio"/>), at the route's audio surcharge. Narration and
    /// music are generated either way.
    /// </summary>
    public required bool NativeAudio { get; init; }

    /// <summary>
    /// Gets the built-in profile of a level:
    /// <list type="table">
    /// <listheader><term>level</term><description>resolution, fps, clip, tiers (all kinds), images and variants per shot, reserve, audio</description></listheader>
    /// <item><term>Economy</term><description>720, 24, 5 s, Lite, 1 and 1, 0.10, 22,050 Hz</description></item>
    /// <item><term>Standard</term><description>1080, 24, 5 s, Standard, 1 and 1, 0.15, 44,100 Hz</description></item>
    /// <item><term>Premium</term><description>1080, 30, 8 s, Pro, 1 and 2, 0.20, 48,000 Hz, native audio</description></item>
    /// <item><term>Ultra</term><description>2160, 60, 10 s, Flagship, 1 and 3, 0.25, 48,000 Hz, native audio</description></item>
    /// </list>
    /// </summary>
    /// <param name="level">The level.</param>
    /// <returns>The built-in profile, before configuration overrides it.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not a defined <see cref="QualityLevel"/>.</exception>
    public static QualityProfile GetDefault(QualityLevel level) => level switch
    {
        QualityLevel.Economy => Create(level, 720, 24, 5, RouteTier.Lite, variants: 1, reserve: 0.10, sampleRate: 22_050, nativeAudio: false),
        QualityLevel.Standard => Create(level, 1080, 24, 5, RouteTier.Standard, variants: 1, reserve: 0.15, sampleRate: 44_100, nativeAudio: false),
        QualityLevel.Premium => Create(level, 1080, 30, 8, RouteTier.Pro, variants: 2, reserve: 0.20, sampleRate: 48_000, nativeAudio: true),
        QualityLevel.Ultra => Create(level, 2160, 60, 10, RouteTier.Flagship, variants: 3, reserve: 0.25, sampleRate: 48_000, nativeAudio: true),
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, $"QualityLevel {level} is not defined; it must be {ProfileRules.LevelRange}."),
    };

    private static QualityProfile Create(
        QualityLevel level, int resolution, double fps, int clipSeconds, RouteTier tier, int variants, double reserve, int sampleRate, bool nativeAudio) => new()
    {
        Level = level,
        TargetResolution = resolution,
        FramesPerSecond = fps,
        ClipDuration = TimeSpan.FromSeconds(clipSeconds),
        VideoTier = tier,
        ImageTier = tier,
        SpeechTier = tier,
        MusicTier = tier,
        ImagesPerShot = 1,
        VariantsPerShot = variants,
        RetryReserve = reserve,
        AudioSampleRate = sampleRate,
        NativeAudio = nativeAudio,
    };
}
