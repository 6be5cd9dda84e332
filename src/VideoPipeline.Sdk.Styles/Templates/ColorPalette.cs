using VideoPipeline.Sdk.Styles.Templates.Internal;

namespace VideoPipeline.Sdk.Styles;

/// <summary>The colours of a template and the grade that ties them together.</summary>
public sealed record ColorPalette
{
    /// <summary>Gets the palette's colours as hex <c>#RRGGBB</c>, stored in upper case, for titles, graphics and brand checks.</summary>
    /// <value>Between 1 and 12 colours.</value>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Empty, more than 12 colours, or a colour is not <c>#RRGGBB</c>.</exception>
    public required IReadOnlyList<string> Colors
    {
        get;
        init
        {
            var colors = TemplateRules.RequireItems(value, 1, TemplateRules.MaxChoices, nameof(Colors));
            var normalized = new string[colors.Count];
            for (var index = 0; index < normalized.Length; index++)
            {
                normalized[index] = TemplateRules.Require(colors[index], TemplateRules.CheckColor(colors[index]), $"{nameof(Colors)}[{index}]").ToUpperInvariant();
            }

            field = new ValueList<string>(normalized);
        }
    }

    /// <summary>Gets the colour grade as prompt text, the same in every scene, such as <c>teal-and-orange grade with deep blacks</c>.</summary>
    /// <value>Not empty; at most 300 characters.</value>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Set to empty or white-space text, or to more than 300 characters.</exception>
    public required string Grade
    {
        get;
        init => field = TemplateRules.RequireText(value, TemplateRules.MaxPhraseLength, nameof(Grade));
    }
}
