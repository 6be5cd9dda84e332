namespace VideoPipeline.Sdk.Styles.Manager.Internal;

/// <summary>A template's words, split once, and the relevance rules of <see cref="IStyleTemplateManager.Search"/>.</summary>
internal sealed class SearchableTemplate
{
    private readonly RelevanceScorer _scorer;

    public SearchableTemplate(StyleTemplate template)
    {
        Template = template;
        _scorer = new RelevanceScorer(template.Name, template.Id, template.Description, template.Tags, template.Category.ToString().ToLowerInvariant());
    }

    public StyleTemplate Template { get; }

    /// <summary>Scores the template against query terms: the sum over terms of the best match of each.</summary>
    public int Score(List<string> terms) => _scorer.Score(terms);

    /// <summary>Returns whether the template is in one of the filter's categories and carries all of its tags.</summary>
    public bool Passes(StyleTemplateFilter filter)
    {
        var tags = Template.Tags;
        return (filter.Categories.Count == 0 || filter.Categories.Contains(Template.Category))
            && ContainsAll(tags.Moods, filter.Tags.Moods)
            && ContainsAll(tags.Purposes, filter.Tags.Purposes)
            && ContainsAll(tags.Audiences, filter.Tags.Audiences)
            && ContainsAll(tags.Platforms, filter.Tags.Platforms);
    }

    private static bool ContainsAll(IReadOnlyList<string> tags, IReadOnlyList<string> required)
    {
        foreach (var tag in required)
        {
            if (!tags.Contains(tag, StringComparer.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
