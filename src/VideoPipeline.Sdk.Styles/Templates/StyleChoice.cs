using VideoPipeline.Sdk.Styles.Templates.Internal;

namespace VideoPipeline.Sdk.Styles;

/// <summary>
/// One of the options a template offers for a camera movement or a lighting set-up, with the moods it suits. When a
/// <see cref="StyleContext.Mood"/> names one of those moods, parameter generation prefers this option.
/// </summary>
public sealed record StyleChoice
{
    /// <summary>Gets the option as prompt text, such as <c>slow push-in on the subject</c>.</summary>
    /// <value>Not empty; at most 300 characters.</value>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Set to empty or white-space text, or to more than 300 characters.</exception>
    public required string Description
    {
        get;
        init => field = TemplateRules.RequireText(value, TemplateRules.MaxPhraseLength, nameof(Description));
    }

    /// <summary>Gets the moods the option suits, kebab case and stored in lower case, such as <c>tense</c>.</summary>
    /// <value>The default is empty (the option is chosen only as the template's first, default option); at most 20 moods.</value>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A mood is not kebab case, too long, or there are too many.</exception>
    public IReadOnlyList<string> Moods
    {
        get;
        init => field = TemplateRules.RequireTags(value, nameof(Moods));
    } = ValueList<string>.Empty;
}
