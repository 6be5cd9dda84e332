using VideoPipeline.Sdk.Styles.Templates.Internal;

namespace VideoPipeline.Sdk.Styles;

/// <summary>
/// What a template suits: moods, purposes, audiences and platforms. Tags are kebab case (<c>young-adults</c>,
/// <c>instagram-reels</c>), stored in lower case; a repeated tag is kept once.
/// </summary>
public sealed record StyleTags
{
    /// <summary>Gets the moods the template conveys, such as <c>dramatic</c> or <c>upbeat</c>.</summary>
    /// <value>The default is empty; at most 20 tags of at most 40 characters.</value>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A tag is not kebab case, too long, or there are too many.</exception>
    public IReadOnlyList<string> Moods
    {
        get;
        init => field = TemplateRules.RequireTags(value, nameof(Moods));
    } = ValueList<string>.Empty;

    /// <summary>Gets what the template is for, such as <c>advertising</c> or <c>onboarding</c>.</summary>
    /// <value>The default is empty; at most 20 tags of at most 40 characters.</value>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A tag is not kebab case, too long, or there are too many.</exception>
    public IReadOnlyList<string> Purposes
    {
        get;
        init => field = TemplateRules.RequireTags(value, nameof(Purposes));
    } = ValueList<string>.Empty;

    /// <summary>Gets who the template speaks to, such as <c>business</c> or <c>gen-z</c>.</summary>
    /// <value>The default is empty; at most 20 tags of at most 40 characters.</value>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A tag is not kebab case, too long, or there are too many.</exception>
    public IReadOnlyList<string> Audiences
    {
        get;
        init => field = TemplateRules.RequireTags(value, nameof(Audiences));
    } = ValueList<string>.Empty;

    /// <summary>Gets where the video is meant to play, such as <c>youtube</c> or <c>linkedin</c>.</summary>
    /// <value>The default is empty; at most 20 tags of at most 40 characters.</value>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A tag is not kebab case, too long, or there are too many.</exception>
    public IReadOnlyList<string> Platforms
    {
        get;
        init => field = TemplateRules.RequireTags(value, nameof(Platforms));
    } = ValueList<string>.Empty;

    /// <summary>Gets a value indicating whether no tag of any kind is set.</summary>
    public bool IsEmpty => Moods.Count == 0 && Purposes.Count == 0 && Audiences.Count == 0 && Platforms.Count == 0;
}
