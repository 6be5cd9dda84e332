using VideoPipeline.Sdk.Styles.Templates.Internal;

namespace VideoPipeline.Sdk.Styles;

/// <summary>
/// The concrete generation parameters of one scene: everything a provider call for the scene's clip needs. The values the
/// whole video shares (lens, lighting, grade, frame, frame rate, clip length, music, voice) are repeated in every scene, so
/// that each scene can be generated on its own.
/// </summary>
public sealed record SceneStyleParameters
{
    /// <summary>Gets the scene's position in the video, from 0.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative value.</exception>
    public required int Index
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value, nameof(Index));
            field = value;
        }
    }

    /// <summary>Gets the scene's description as given (trimmed), which is the prompt template's <c>{prompt}</c>.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Set to empty or white-space text.</exception>
    public required string Description
    {
        get;
        init => field = TemplateRules.RequireText(value, int.MaxValue, nameof(Description));
    }

    /// <summary>Gets the final prompt: the template's prompt template with each placeholder replaced once by its value.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Set to empty or white-space text.</exception>
    public required string Prompt
    {
        get;
        init => field = TemplateRules.RequireText(value, int.MaxValue, nameof(Prompt));
    }

    /// <summary>Gets the negative prompt, the template's, the same in every scene.</summary>
    /// <value>The default is empty.</value>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public string NegativePrompt
    {
        get;
        init => field = TemplateRules.RequireOptionalText(value, int.MaxValue, nameof(NegativePrompt));
    } = string.Empty;

    /// <summary>Gets the camera: the scene's shot, and the movement and lens every scene shares.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public required CameraSetup Camera
    {
        get;
        init
        {
            ArgumentNullException.ThrowIfNull(value, nameof(Camera));
            field = value;
        }
    }

    /// <summary>Gets the lighting, the same in every scene.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Set to empty or white-space text.</exception>
    public required string Lighting
    {
        get;
        init => field = TemplateRules.RequireText(value, int.MaxValue, nameof(Lighting));
    }

    /// <summary>Gets the colour grade, the same in every scene.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Set to empty or white-space text.</exception>
    public required string ColorGrade
    {
        get;
        init => field = TemplateRules.RequireText(value, int.MaxValue, nameof(ColorGrade));
    }

    /// <summary>Gets the frame's shape.</summary>
    public required AspectRatio AspectRatio { get; init; }

    /// <summary>Gets the frame's width in pixels, an even number.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to zero or a negative value.</exception>
    public required int Width
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value, nameof(Width));
            field = value;
        }
    }

    /// <summary>Gets the frame's height in pixels, an even number.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to zero or a negative value.</exception>
    public required int Height
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value, nameof(Height));
            field = value;
        }
    }

    /// <summary>Gets the frame rate.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a value that is not a positive finite number.</exception>
    public required double FramesPerSecond
    {
        get;
        init => field = double.IsFinite(value) && value > 0
            ? value
            : throw new ArgumentOutOfRangeException(nameof(FramesPerSecond), value, "FramesPerSecond must be a positive finite number.");
    }

    /// <summary>Gets the length of the scene's clip.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to zero or a negative duration.</exception>
    public required TimeSpan ClipDuration
    {
        get;
        init => field = value > TimeSpan.Zero
            ? value
            : throw new ArgumentOutOfRangeException(nameof(ClipDuration), value, "ClipDuration must be positive.");
    }

    /// <summary>Gets the music brief, the same in every scene.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Set to empty or white-space text.</exception>
    public required string MusicMood
    {
        get;
        init => field = TemplateRules.RequireText(value, int.MaxValue, nameof(MusicMood));
    }

    /// <summary>Gets the narration voice brief, the same in every scene.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Set to empty or white-space text.</exception>
    public required string VoiceStyle
    {
        get;
        init => field = TemplateRules.RequireText(value, int.MaxValue, nameof(VoiceStyle));
    }

    /// <summary>
    /// Gets the transition from this scene into the next: the template's transitions in turn, or <see langword="null"/> for
    /// the last scene and for templates without transitions (a hard cut).
    /// </summary>
    /// <value>The default is <see langword="null"/>.</value>
    public string? TransitionToNext { get; init; }
}
