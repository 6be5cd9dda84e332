using System.Collections.Frozen;

namespace VideoPipeline.Sdk.Styles.Manager.Internal;

/// <summary>A template's words, split once, and the relevance rules of <see cref="IStyleTemplateManager.Search"/>.</summary>
internal sealed class SearchableTemplate
{
    private const int NameOrTagScore = 3;
    private const int CategoryScore = 2;
    private const int DescriptionScore = 1;
    private const int PrefixScore = 1;
    private const int MinPrefixLength = 3;

    private readonly FrozenSet<string> _nameAndTagWords;
    private readonly FrozenSet<string> _descriptionWords;
    private readonly string _category;
    private readonly string[] _prefixWords;

    public SearchableTemplate(StyleTemplate template)
    {
        Template = template;
        _category = template.Category.ToString().ToLowerInvariant();
        var tags = template.Tags.Moods.Concat(template.Tags.Purposes).Concat(template.Tags.Audiences).Concat(template.Tags.Platforms);
        var nameAndTagWords = SearchWords.Split(template.Name)
            .Concat(SearchWords.Split(template.Id))
            .Concat(tags.SelectMany(SearchWords.Split))
            .ToList();
        _nameAndTagWords = nameAndTagWords.ToFrozenSet(StringComparer.Ordinal);
        _descriptionWords = SearchWords.Split(template.Description).ToFrozenSet(StringComparer.Ordinal);
        _prefixWords = [.. nameAndTagWords.Append(_category).Distinct(StringComparer.Ordinal)];
    }

    public StyleTemplate Template { get; }

    /// <summary>Scores the template against query terms: the sum over terms of the best match of each.</summary>
    public int Score(List<string> terms)
    {
        var score = 0;
        foreach (var term in terms)
        {
            score += _nameAndTagWords.Contains(term) ? NameOrTagScore
                : term == _category ? CategoryScore
                : _descriptionWords.Contains(term) ? DescriptionScore
                : term.Length >= MinPrefixLength && Array.Exists(_prefixWords, word => word.StartsWith(term, StringComparison.Ordinal)) ? PrefixScore
                : 0;
        }

        return score;
    }

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
