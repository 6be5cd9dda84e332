namespace VideoPipeline.Sdk.Quality;

/// <summary>
/// Overrides of one level's built-in <see cref="QualityProfile"/>, bound from
/// <c>VideoPipeline:Quality:Profiles:&lt;Level&gt;</c>. Each property left <see langword="null"/> keeps the built-in value
/// (<see cref="QualityProfile.GetDefault(QualityLevel)"/>). A value out of range stops the host at start with a message
/// naming the key, for example <c>VideoPipeline:Quality:Profiles:Premium:TargetResolution</c>.
/// </summary>
public sealed class QualityProfileOptions
{
    /// <summary>Gets or sets <see cref="QualityProfile.TargetResolution"/>.</summary>
    /// <value>The default is <see langword="null"/> (the built-in value); the range is 144 to 4320.</value>
    public int? TargetResolution { get; set; }

    /// <summary>Gets or sets <see cref="QualityProfile.FramesPerSecond"/>.</summary>
    /// <value>The default is <see langword="null"/> (the built-in value); the range is 1 to 120.</value>
    public double? FramesPerSecond { get; set; }

    /// <summary>Gets or sets <see cref="QualityProfile.ClipDuration"/> (<c>"00:00:08"</c> in configuration).</summary>
    /// <value>The default is <see langword="null"/> (the built-in value); the range is 1 to 60 seconds.</value>
    public TimeSpan? ClipDuration { get; set; }

    /// <summary>Gets or sets <see cref="QualityProfile.VideoTier"/>.</summary>
    /// <value>The default is <see langword="null"/> (the built-in value).</value>
    public RouteTier? VideoTier { get; set; }

    /// <summary>Gets or sets <see cref="QualityProfile.ImageTier"/>.</summary>
    /// <value>The default is <see langword="null"/> (the built-in value).</value>
    public RouteTier? ImageTier { get; set; }

    /// <summary>Gets or sets <see cref="QualityProfile.SpeechTier"/>.</summary>
    /// <value>The default is <see langword="null"/> (the built-in value).</value>
    public RouteTier? SpeechTier { get; set; }

    /// <summary>Gets or sets <see cref="QualityProfile.MusicTier"/>.</summary>
    /// <value>The default is <see langword="null"/> (the built-in value).</value>
    public RouteTier? MusicTier { get; set; }

    /// <summary>Gets or sets <see cref="QualityProfile.ImagesPerShot"/>.</summary>
    /// <value>The default is <see langword="null"/> (the built-in value); the range is 0 to 4.</value>
    public int? ImagesPerShot { get; set; }

    /// <summary>Gets or sets <see cref="QualityProfile.VariantsPerShot"/>.</summary>
    /// <value>The default is <see langword="null"/> (the built-in value); the range is 1 to 8.</value>
    public int? VariantsPerShot { get; set; }

    /// <summary>Gets or sets <see cref="QualityProfile.RetryReserve"/>.</summary>
    /// <value>The default is <see langword="null"/> (the built-in value); the range is 0 to 1.</value>
    public double? RetryReserve { get; set; }

    /// <summary>Gets or sets <see cref="QualityProfile.AudioSampleRate"/>.</summary>
    /// <value>The default is <see langword="null"/> (the built-in value); the range is 8,000 to 192,000.</value>
    public int? AudioSampleRate { get; set; }

    /// <summary>Gets or sets <see cref="QualityProfile.NativeAudio"/>.</summary>
    /// <value>The default is <see langword="null"/> (the built-in value).</value>
    public bool? NativeAudio { get; set; }

    /// <summary>Returns <paramref name="profile"/> with every value set here in place of its own.</summary>
    internal QualityProfile ApplyTo(QualityProfile profile) => profile with
    {
        TargetResolution = TargetResolution ?? profile.TargetResolution,
        FramesPerSecond = FramesPerSecond ?? profile.FramesPerSecond,
        ClipDuration = ClipDuration ?? profile.ClipDuration,
        VideoTier = VideoTier ?? profile.VideoTier,
        ImageTier = ImageTier ?? profile.ImageTier,
        SpeechTier = SpeechTier ?? profile.SpeechTier,
        MusicTier = MusicTier ?? profile.MusicTier,
        ImagesPerShot = ImagesPerShot ?? profile.ImagesPerShot,
        VariantsPerShot = VariantsPerShot ?? profile.VariantsPerShot,
        RetryReserve = RetryReserve ?? profile.RetryReserve,
        AudioSampleRate = AudioSampleRate ?? profile.AudioSampleRate,
        NativeAudio = NativeAudio ?? profile.NativeAudio,
    };
}
