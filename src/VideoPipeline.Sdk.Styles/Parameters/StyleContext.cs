using VideoPipeline.Sdk.Styles.Templates.Internal;

namespace VideoPipeline.Sdk.Styles;

/// <summary>
/// What a video is about and how it should feel, for <see cref="IStyleTemplateManager.GenerateStyleParameters"/>: its scenes
/// (or a script to split into scenes), an optional mood and a quality hint. User text is kept as text: it becomes the
/// <c>{prompt}</c> of each scene and nothing else, and is never scanned for placeholders.
/// </summary>
/// <remarks>
/// The number of scenes and the length of each are capped by <see cref="StylesOptions.MaxScenes"/> and
/// <see cref="StylesOptions.MaxSceneLength"/>, checked when parameters are generated.
/// </remarks>
public sealed record StyleContext
{
    /// <summary>The longest <see cref="Mood"/>, in characters: 200.</summary>
    public const int MaxMoodLength = 200;

    /// <summary>
    /// Gets the script, used when <see cref="Scenes"/> is empty: each paragraph (text between blank lines) is one scene, its
    /// lines trimmed and joined with single spaces.
    /// </summary>
    /// <value>The default is <see langword="null"/>.</value>
    public string? Script { get; init; }

    /// <summary>Gets the scenes' descriptions, in order, each used trimmed. When empty, <see cref="Script"/> is split into scenes.</summary>
    /// <value>The default is empty.</value>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A scene is <see langword="null"/>, empty or white space; the message names its index.</exception>
    public IReadOnlyList<string> Scenes
    {
        get;
        init
        {
            ArgumentNullException.ThrowIfNull(value, nameof(Scenes));
            var scenes = new string[value.Count];
            for (var index = 0; index < scenes.Length; index++)
            {
                var scene = value[index];
                if (string.IsNullOrWhiteSpace(scene))
                {
                    throw new ArgumentException($"Scenes[{index}] is {(scene is null ? "null" : "empty")}; every scene must have a description.", nameof(Scenes));
                }

                scenes[index] = scene.Trim();
            }

            field = scenes.Length == 0 ? ValueList<string>.Empty : new ValueList<string>(scenes);
        }
    } = ValueList<string>.Empty;

    /// <summary>
    /// Gets the mood, such as <c>tense</c> or <c>calm and hopeful</c>. Its words choose the camera movement and the lighting
    /// among the template's options: the option whose moods match the most words wins, the earlier on a tie, and the
    /// template's first option when none matches.
    /// </summary>
    /// <value>The default is <see langword="null"/> (the template's first options); at most 200 characters.</value>
    /// <exception cref="ArgumentException">Set to more than 200 characters.</exception>
    public string? Mood
    {
        get;
        init => field = value is { Length: > MaxMoodLength }
            ? throw new ArgumentException($"Mood has {value.Length} characters; it must have at most {MaxMoodLength}.", nameof(Mood))
            : value;
    }

    /// <summary>Gets how much quality the video may spend, which caps its resolution and frame rate.</summary>
    /// <value>The default is <see cref="QualityHint.Standard"/>.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set to a value that is not a defined <see cref="Styles.QualityHint"/>.</exception>
    public QualityHint QualityHint
    {
        get;
        init => field = Enum.IsDefined(value)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(QualityHint), value, "QualityHint must be a defined QualityHint.");
    } = QualityHint.Standard;
}
