using VideoPipeline.Sdk.Styles.Templates.Internal;

namespace VideoPipeline.Sdk.Styles;

/// <summary>How a template films: the shots it alternates between, the movements it can use and its lens.</summary>
public sealed record CameraStyle
{
    /// <summary>
    /// Gets the shots, such as <c>wide establishing shot</c> or <c>close-up</c>. The first scene of a video opens on the first
    /// shot; the following scenes cycle through the others in order.
    /// </summary>
    /// <value>Between 1 and 12 shots, each at most 300 characters.</value>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Empty, more than 12 shots, or a shot is empty or too long.</exception>
    public required IReadOnlyList<string> Shots
    {
        get;
        init => field = TemplateRules.RequirePhrases(value, 1, TemplateRules.MaxChoices, TemplateRules.MaxPhraseLength, nameof(Shots));
    }

    /// <summary>Gets the camera movements; the first is the default, and a matching mood chooses another (see <see cref="StyleChoice"/>).</summary>
    /// <value>Between 1 and 12 movements.</value>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Empty, more than 12 movements, or one is <see langword="null"/>.</exception>
    public required IReadOnlyList<StyleChoice> Movements
    {
        get;
        init => field = TemplateRules.RequireItems(value, 1, TemplateRules.MaxChoices, nameof(Movements));
    }

    /// <summary>Gets the lens, the same in every scene, such as <c>anamorphic 40mm lens</c>.</summary>
    /// <value>Not empty; at most 300 characters.</value>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Set to empty or white-space text, or to more than 300 characters.</exception>
    public required string Lens
    {
        get;
        init => field = TemplateRules.RequireText(value, TemplateRules.MaxPhraseLength, nameof(Lens));
    }
}
