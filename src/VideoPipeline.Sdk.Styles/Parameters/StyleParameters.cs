using VideoPipeline.Sdk.Styles.Templates.Internal;

namespace VideoPipeline.Sdk.Styles;

/// <summary>
/// The generation parameters of a whole video, from one template and one <see cref="StyleContext"/>: what every scene shares,
/// and each scene's own parameters. The same template, context and options always give equal parameters.
/// </summary>
public sealed record StyleParameters
{
    /// <summary>Gets the id of the template the parameters come from.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Set to a value that is not a template id.</exception>
    public required string TemplateId
    {
        get;
        init => field = TemplateRules.RequireId(value, nameof(TemplateId));
    }

    /// <summary>Gets the quality hint the resolution and frame rate were capped by.</summary>
    public required QualityHint QualityHint { get; init; }

    /// <summary>Gets the frame's shape, the template's.</summary>
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

    /// <summary>Gets the length of each scene's clip.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to zero or a negative duration.</exception>
    public required TimeSpan ClipDuration
    {
        get;
        init => field = value > TimeSpan.Zero
            ? value
            : throw new ArgumentOutOfRangeException(nameof(ClipDuration), value, "ClipDuration must be positive.");
    }

    /// <summary>Gets the music brief of the whole video.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Set to empty or white-space text.</exception>
    public required string MusicMood
    {
        get;
        init => field = TemplateRules.RequireText(value, int.MaxValue, nameof(MusicMood));
    }

    /// <summary>Gets the narration voice brief of the whole video.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Set to empty or white-space text.</exception>
    public required string VoiceStyle
    {
        get;
        init => field = TemplateRules.RequireText(value, int.MaxValue, nameof(VoiceStyle));
    }

    /// <summary>Gets the colours and grade, for titles and graphics.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public required ColorPalette Palette
    {
        get;
        init
        {
            ArgumentNullException.ThrowIfNull(value, nameof(Palette));
            field = value;
        }
    }

    /// <summary>Gets how titles and captions look, or <see langword="null"/> when the template does not say.</summary>
    /// <value>The default is <see langword="null"/>.</value>
    public Typography? Typography { get; init; }

    /// <summary>Gets each scene's parameters, in the order of the scenes.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Empty, or a scene is <see langword="null"/>.</exception>
    public required IReadOnlyList<SceneStyleParameters> Scenes
    {
        get;
        init => field = TemplateRules.RequireItems(value, 1, int.MaxValue, nameof(Scenes));
    }
}
