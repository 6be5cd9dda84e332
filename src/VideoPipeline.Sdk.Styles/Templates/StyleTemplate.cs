using VideoPipeline.Sdk.Styles.Templates.Internal;

namespace VideoPipeline.Sdk.Styles;

/// <summary>
/// A named look for a whole video: how to phrase every scene's prompt, what to avoid, how to film and light it, its colours,
/// frame, pace, transitions, music, voice and titles. Templates come from the built-in catalog, from JSON files and
/// configuration in the same schema, or from code (<see cref="StylesOptions.Templates"/>).
/// </summary>
/// <remarks>
/// <para>
/// Every property is checked when it is set, so a template that exists is valid on its own; the rules that depend on the
/// host (the aspect ratios and frame rates its provider routes offer, ids unique in the catalog) are checked when the catalog
/// is loaded. Two templates with the same values are equal, lists included.
/// </para>
/// <para>
/// The prompt template may contain these placeholders, each at most once: <c>{prompt}</c> (required, exactly once: the
/// scene's description), <c>{shot}</c>, <c>{movement}</c>, <c>{lens}</c>, <c>{lighting}</c> and <c>{grade}</c>. Any other
/// brace is an error. The scene's text is inserted as it is and never scanned for placeholders.
/// </para>
/// </remarks>
public sealed record StyleTemplate
{
    /// <summary>The schema version this package reads and writes: 1.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>Gets the template's id, unique in the catalog: lower-case kebab case, such as <c>modern-commercial</c>.</summary>
    /// <value>Letters a-z and digits joined by single hyphens; at most 64 characters.</value>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Set to a value that is not lower-case kebab case, or too long.</exception>
    public required string Id
    {
        get;
        init => field = TemplateRules.RequireId(value, nameof(Id));
    }

    /// <summary>Gets the display name, such as <c>Modern Commercial</c>. It is text only: never interpreted.</summary>
    /// <value>Not empty; at most 100 characters.</value>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Set to empty or white-space text, or to more than 100 characters.</exception>
    public required string Name
    {
        get;
        init => field = TemplateRules.RequireText(value, TemplateRules.MaxNameLength, nameof(Name));
    }

    /// <summary>Gets the family the template belongs to.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a value that is not a defined <see cref="StyleCategory"/>.</exception>
    public required StyleCategory Category
    {
        get;
        init => field = Enum.IsDefined(value)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(Category), value, "Category must be a defined StyleCategory.");
    }

    /// <summary>Gets what the template looks like and what it suits, for people choosing one and for search.</summary>
    /// <value>Not empty; at most 2,000 characters.</value>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Set to empty or white-space text, or to more than 2,000 characters.</exception>
    public required string Description
    {
        get;
        init => field = TemplateRules.RequireText(value, TemplateRules.MaxDescriptionLength, nameof(Description));
    }

    /// <summary>Gets the moods, purposes, audiences and platforms the template suits.</summary>
    /// <value>The default is no tags.</value>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public StyleTags Tags
    {
        get;
        init
        {
            ArgumentNullException.ThrowIfNull(value, nameof(Tags));
            field = value;
        }
    } = new();

    /// <summary>
    /// Gets the prompt template, such as <c>{shot} of {prompt}, {lighting}, shot on {lens}, {grade}</c>: <c>{prompt}</c> exactly
    /// once, the other placeholders (<c>{shot}</c>, <c>{movement}</c>, <c>{lens}</c>, <c>{lighting}</c>, <c>{grade}</c>) at most
    /// once each, no other braces.
    /// </summary>
    /// <value>At most 2,000 characters.</value>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Set to a template that breaks a placeholder rule, or to more than 2,000 characters.</exception>
    public required string PromptTemplate
    {
        get;
        init
        {
            TemplateRules.RequireText(value, TemplateRules.MaxPromptLength, nameof(PromptTemplate));
            CompiledPrompt.TryParse(value, out var problem);
            field = TemplateRules.Require(value, problem, nameof(PromptTemplate));
        }
    }

    /// <summary>Gets what every scene's generation should avoid, used as it is.</summary>
    /// <value>The default is empty; at most 2,000 characters.</value>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Set to more than 2,000 characters.</exception>
    public string NegativePrompt
    {
        get;
        init => field = TemplateRules.RequireOptionalText(value, TemplateRules.MaxPromptLength, nameof(NegativePrompt));
    } = string.Empty;

    /// <summary>Gets the shots, movements and lens.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public required CameraStyle Camera
    {
        get;
        init
        {
            ArgumentNullException.ThrowIfNull(value, nameof(Camera));
            field = value;
        }
    }

    /// <summary>Gets the lighting set-ups; the first is the default, and a matching mood chooses another (see <see cref="StyleChoice"/>).</summary>
    /// <value>Between 1 and 12 set-ups.</value>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Empty, more than 12 set-ups, or one is <see langword="null"/>.</exception>
    public required IReadOnlyList<StyleChoice> Lighting
    {
        get;
        init => field = TemplateRules.RequireItems(value, 1, TemplateRules.MaxChoices, nameof(Lighting));
    }

    /// <summary>Gets the colours and the grade.</summary>
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

    /// <summary>Gets the frame's shape. It must be one of <see cref="StylesOptions.SupportedAspectRatios"/> to load.</summary>
    /// <exception cref="ArgumentException">Set to the default value, which is not a ratio.</exception>
    public required AspectRatio AspectRatio
    {
        get;
        init => field = value.IsDefault
            ? throw new ArgumentException("AspectRatio must be a ratio such as 16:9, not the default value.", nameof(AspectRatio))
            : value;
    }

    /// <summary>
    /// Gets the frame rate the template is meant for. It must be one of <see cref="StylesOptions.SupportedFramesPerSecond"/> to
    /// load; parameter generation lowers it to what the <see cref="QualityHint"/> allows.
    /// </summary>
    /// <value>Between 1 and 240.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set outside 1 to 240, or to a value that is not finite.</exception>
    public required double FramesPerSecond
    {
        get;
        init => field = TemplateRules.CheckFramesPerSecond(value) is { } problem
            ? throw new ArgumentOutOfRangeException(nameof(FramesPerSecond), value, $"FramesPerSecond is {TemplateRules.Describe(value)}; {problem}.")
            : value;
    }

    /// <summary>Gets the length of each scene's clip. In the JSON catalog it is <c>clipSeconds</c>.</summary>
    /// <value>Between 1 and 60 seconds.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set outside 1 to 60 seconds.</exception>
    public required TimeSpan ClipDuration
    {
        get;
        init => field = TemplateRules.CheckClipDuration(value) is { } problem
            ? throw new ArgumentOutOfRangeException(nameof(ClipDuration), value, $"ClipDuration is {value}; {problem}.")
            : value;
    }

    /// <summary>Gets the transitions between scenes, used in turn from the first; empty means hard cuts.</summary>
    /// <value>The default is empty; at most 12 transitions, each at most 300 characters.</value>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">More than 12 transitions, or one is empty or too long.</exception>
    public IReadOnlyList<string> Transitions
    {
        get;
        init => field = TemplateRules.RequirePhrases(value, 0, TemplateRules.MaxChoices, TemplateRules.MaxPhraseLength, nameof(Transitions));
    } = ValueList<string>.Empty;

    /// <summary>Gets the music the whole video uses, as a brief for a music model or a library search.</summary>
    /// <value>Not empty; at most 300 characters.</value>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Set to empty or white-space text, or to more than 300 characters.</exception>
    public required string MusicMood
    {
        get;
        init => field = TemplateRules.RequireText(value, TemplateRules.MaxPhraseLength, nameof(MusicMood));
    }

    /// <summary>Gets the narration voice the whole video uses, as a brief for a speech model or a voice search.</summary>
    /// <value>Not empty; at most 300 characters.</value>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Set to empty or white-space text, or to more than 300 characters.</exception>
    public required string VoiceStyle
    {
        get;
        init => field = TemplateRules.RequireText(value, TemplateRules.MaxPhraseLength, nameof(VoiceStyle));
    }

    /// <summary>Gets how titles and captions look, or <see langword="null"/> when the template does not say.</summary>
    /// <value>The default is <see langword="null"/>.</value>
    public Typography? Typography { get; init; }

    /// <summary>Gets the version of the template schema the template was written in.</summary>
    /// <value>The default is <see cref="CurrentSchemaVersion"/>, the only version this package reads.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set to another version.</exception>
    public int SchemaVersion
    {
        get;
        init => field = TemplateRules.CheckSchemaVersion(value) is { } problem
            ? throw new ArgumentOutOfRangeException(nameof(SchemaVersion), value, $"SchemaVersion is {value}; {problem}.")
            : value;
    } = CurrentSchemaVersion;
}
