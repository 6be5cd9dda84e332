using VideoPipeline.Sdk.Styles.Templates.Internal;

namespace VideoPipeline.Sdk.Styles;

/// <summary>How titles and captions look in a template, for the step that composes text over the video.</summary>
public sealed record Typography
{
    /// <summary>Gets the font family, such as <c>Inter</c> (the built-in templates name freely licensed fonts).</summary>
    /// <value>Not empty; at most 300 characters.</value>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Set to empty or white-space text, or to more than 300 characters.</exception>
    public required string FontFamily
    {
        get;
        init => field = TemplateRules.RequireText(value, TemplateRules.MaxPhraseLength, nameof(FontFamily));
    }

    /// <summary>Gets how text is set and placed, such as <c>bold lower-thirds on a navy bar</c>.</summary>
    /// <value>Not empty; at most 300 characters.</value>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Set to empty or white-space text, or to more than 300 characters.</exception>
    public required string Treatment
    {
        get;
        init => field = TemplateRules.RequireText(value, TemplateRules.MaxPhraseLength, nameof(Treatment));
    }
}
