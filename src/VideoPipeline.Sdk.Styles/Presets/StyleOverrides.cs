using VideoPipeline.Sdk.Styles.Templates.Internal;

namespace VideoPipeline.Sdk.Styles;

/// <summary>
/// What a <see cref="StylePreset"/> changes in its template. Every property is optional: <see langword="null"/> keeps the
/// template's value. Values follow the template's rules (phrases of at most 300 characters, 1–240 frames per second, clips of
/// 1–60 seconds); the aspect ratio and frame rate must also be supported by the host (<see cref="StylesOptions"/>), which is
/// checked when the preset is created, updated, imported and used. Text is kept as text: it is never scanned for placeholders.
/// </summary>
public sealed record StyleOverrides
{
    /// <summary>
    /// Gets text appended to every scene's final prompt after <c>", "</c>, as it is (braces and all are literal text).
    /// </summary>
    /// <value>The default is <see langword="null"/>; at most 300 characters, not empty.</value>
    /// <exception cref="ArgumentException">Set to empty or white-space text, or to more than 300 characters.</exception>
    public string? PromptSuffix
    {
        get;
        init => field = Optional(value, TemplateRules.MaxPhraseLength, nameof(PromptSuffix));
    }

    /// <summary>Gets text appended to every scene's negative prompt (after <c>", "</c> when the template has one).</summary>
    /// <value>The default is <see langword="null"/>; at most 2,000 characters, not empty.</value>
    /// <exception cref="ArgumentException">Set to empty or white-space text, or to more than 2,000 characters.</exception>
    public string? NegativePromptAddition
    {
        get;
        init => field = Optional(value, TemplateRules.MaxPromptLength, nameof(NegativePromptAddition));
    }

    /// <summary>Gets the camera movement every scene uses, instead of the one the mood chooses among the template's.</summary>
    /// <value>The default is <see langword="null"/>; a phrase of at most 300 characters.</value>
    /// <exception cref="ArgumentException">Set to empty or white-space text, or to more than 300 characters.</exception>
    public string? CameraMovement
    {
        get;
        init => field = Optional(value, TemplateRules.MaxPhraseLength, nameof(CameraMovement));
    }

    /// <summary>Gets the lighting every scene uses, instead of the one the mood chooses among the template's.</summary>
    /// <value>The default is <see langword="null"/>; a phrase of at most 300 characters.</value>
    /// <exception cref="ArgumentException">Set to empty or white-space text, or to more than 300 characters.</exception>
    public string? Lighting
    {
        get;
        init => field = Optional(value, TemplateRules.MaxPhraseLength, nameof(Lighting));
    }

    /// <summary>Gets the colour grade, instead of the template palette's.</summary>
    /// <value>The default is <see langword="null"/>; a phrase of at most 300 characters.</value>
    /// <exception cref="ArgumentException">Set to empty or white-space text, or to more than 300 characters.</exception>
    public string? ColorGrade
    {
        get;
        init => field = Optional(value, TemplateRules.MaxPhraseLength, nameof(ColorGrade));
    }

    /// <summary>Gets the frame's shape, instead of the template's; it must be one of <see cref="StylesOptions.SupportedAspectRatios"/>.</summary>
    /// <value>The default is <see langword="null"/>.</value>
    /// <exception cref="ArgumentException">Set to the default value, which is not a ratio.</exception>
    public AspectRatio? AspectRatio
    {
        get;
        init => field = value is { IsDefault: true }
            ? throw new ArgumentException("AspectRatio must be a ratio such as 16:9, not the default value.", nameof(AspectRatio))
            : value;
    }

    /// <summary>Gets the frame rate, instead of the template's; it must be one of <see cref="StylesOptions.SupportedFramesPerSecond"/>.</summary>
    /// <value>The default is <see langword="null"/>; between 1 and 240.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set outside 1 to 240, or to a value that is not finite.</exception>
    public double? FramesPerSecond
    {
        get;
        init => field = value is { } rate && TemplateRules.CheckFramesPerSecond(rate) is { } problem
            ? throw new ArgumentOutOfRangeException(nameof(FramesPerSecond), rate, $"FramesPerSecond is {TemplateRules.Describe(rate)}; {problem}.")
            : value;
    }

    /// <summary>Gets the length of each scene's clip, instead of the template's. In JSON it is <c>clipSeconds</c>.</summary>
    /// <value>The default is <see langword="null"/>; between 1 and 60 seconds.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set outside 1 to 60 seconds.</exception>
    public TimeSpan? ClipDuration
    {
        get;
        init => field = value is { } duration && TemplateRules.CheckClipDuration(duration) is { } problem
            ? throw new ArgumentOutOfRangeException(nameof(ClipDuration), duration, $"ClipDuration is {duration}; {problem}.")
            : value;
    }

    /// <summary>Gets the music brief, instead of the template's.</summary>
    /// <value>The default is <see langword="null"/>; a phrase of at most 300 characters.</value>
    /// <exception cref="ArgumentException">Set to empty or white-space text, or to more than 300 characters.</exception>
    public string? MusicMood
    {
        get;
        init => field = Optional(value, TemplateRules.MaxPhraseLength, nameof(MusicMood));
    }

    /// <summary>Gets the narration voice brief, instead of the template's.</summary>
    /// <value>The default is <see langword="null"/>; a phrase of at most 300 characters.</value>
    /// <exception cref="ArgumentException">Set to empty or white-space text, or to more than 300 characters.</exception>
    public string? VoiceStyle
    {
        get;
        init => field = Optional(value, TemplateRules.MaxPhraseLength, nameof(VoiceStyle));
    }

    private static string? Optional(string? value, int maxLength, string propertyName) =>
        value is null ? null : TemplateRules.Require(value, TemplateRules.CheckText(value, maxLength), $"Overrides.{propertyName}");
}
