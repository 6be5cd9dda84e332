using VideoPipeline.Sdk.Styles.Templates.Internal;

namespace VideoPipeline.Sdk.Styles;

/// <summary>
/// Which templates to keep: those in any of <see cref="Categories"/> (all when empty) that carry every tag in
/// <see cref="Tags"/>, each in its own kind (a mood among the moods, an audience among the audiences…).
/// </summary>
public sealed record StyleTemplateFilter
{
    /// <summary>Gets the categories to keep; a template in any of them passes.</summary>
    /// <value>The default is empty: every category.</value>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is not a defined <see cref="StyleCategory"/>.</exception>
    public IReadOnlyList<StyleCategory> Categories
    {
        get;
        init
        {
            ArgumentNullException.ThrowIfNull(value, nameof(Categories));
            foreach (var category in value)
            {
                if (!Enum.IsDefined(category))
                {
                    throw new ArgumentOutOfRangeException(nameof(Categories), category, "Every category must be a defined StyleCategory.");
                }
            }

            field = new ValueList<StyleCategory>([.. value.Distinct()]);
        }
    } = ValueList<StyleCategory>.Empty;

    /// <summary>Gets the tags a template must all carry (compared in lower case).</summary>
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
}
