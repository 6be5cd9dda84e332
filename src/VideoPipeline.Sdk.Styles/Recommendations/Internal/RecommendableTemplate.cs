using System.Collections.Frozen;
using VideoPipeline.Sdk.Styles.Manager.Internal;

namespace VideoPipeline.Sdk.Styles.Recommendations.Internal;

/// <summary>A template's tags by dimension and its description's words, split once when the recommender is built.</summary>
internal sealed class RecommendableTemplate
{
    public RecommendableTemplate(StyleTemplate template)
    {
        Template = template;
        Tags =
        [
            [.. template.Tags.Moods.Select(tag => new MatchTerm(tag))],
            [.. template.Tags.Purposes.Select(tag => new MatchTerm(tag))],
            [.. template.Tags.Audiences.Select(tag => new MatchTerm(tag))],
            [.. template.Tags.Platforms.Select(tag => new MatchTerm(tag))],
        ];
        DescriptionWords = SearchWords.Split(template.Description).ToFrozenSet(StringComparer.Ordinal);
    }

    public StyleTemplate Template { get; }

    /// <summary>Gets the tags, indexed by <see cref="RecommendationDimension"/>.</summary>
    public MatchTerm[][] Tags { get; }

    public FrozenSet<string> DescriptionWords { get; }
}
