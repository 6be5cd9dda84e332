using System.Collections.Frozen;

namespace VideoPipeline.Sdk.Styles.Manager.Internal;

/// <summary>
/// The relevance rules of <see cref="IStyleTemplateManager.Search"/>, shared by template and preset search: each query term
/// scores the best of 3 (a word of the name, id or a tag), 2 (the category, in lower case; empty for none), 1 (a word of the description) and 1 (the start
/// of a word of the name, id, tags or category, three letters or more). The words are split once.
/// </summary>
internal sealed class RelevanceScorer
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

    public RelevanceScorer(string name, string id, string description, StyleTags tags, string category)
    {
        _category = category;
        var tagList = tags.Moods.Concat(tags.Purposes).Concat(tags.Audiences).Concat(tags.Platforms);
        var nameAndTagWords = SearchWords.Split(name)
            .Concat(SearchWords.Split(id))
            .Concat(tagList.SelectMany(SearchWords.Split))
            .ToList();
        _nameAndTagWords = nameAndTagWords.ToFrozenSet(StringComparer.Ordinal);
        _descriptionWords = SearchWords.Split(description).ToFrozenSet(StringComparer.Ordinal);
        _prefixWords = [.. nameAndTagWords.Append(_category).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Scores query terms: the sum over terms of the best match of each.</summary>
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
}
