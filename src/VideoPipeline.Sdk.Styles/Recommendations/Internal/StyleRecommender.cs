using System.Globalization;

namespace VideoPipeline.Sdk.Styles.Recommendations.Internal;

/// <summary>
/// Scores every template of an immutable list against the criteria (fit from tags, frame, description and script cues) and
/// blends the fit with popularity from <see cref="IStyleUsageAnalytics"/>. It holds no mutable state: safe from any thread.
/// Reasons are written only for the templates returned.
/// </summary>
internal sealed class StyleRecommender : IStyleRecommender
{
    /// <summary>The score of a tag that is the term itself.</summary>
    public const double ExactMatch = 1;

    /// <summary>The score of a tag of the same meaning (<see cref="StyleVocabulary"/>'s groups).</summary>
    public const double CloseMatch = 0.8;

    /// <summary>The score of a tag that shares a word of three letters or more with the term.</summary>
    public const double PartialMatch = 0.5;

    /// <summary>The score of a term's word found in the template's description.</summary>
    public const double DescriptionMatch = 0.3;

    /// <summary>The share of a platform's score that its tags give; the rest is the frame's.</summary>
    public const double PlatformTagShare = 0.5;

    /// <summary>The share of popularity the Bayesian rating gives; the rest is the trend's.</summary>
    public const double RatingShare = 0.75;

    /// <summary>The trending score at which the trend gives half its share: 10 recent uses.</summary>
    public const double TrendHalfSaturation = 10;

    /// <summary>The lowest and highest ratings, for scaling the Bayesian rating to 0–1.</summary>
    private const double MinStars = 1, StarRange = 4;

    private static readonly string[] DimensionNames = ["mood", "purpose", "audience", "platform"];

    private readonly RecommendableTemplate[] _templates;
    private readonly IStyleUsageAnalytics _analytics;
    private readonly double _popularityWeight;

    public StyleRecommender(IReadOnlyList<StyleTemplate> templates, IStyleUsageAnalytics analytics, double popularityWeight)
    {
        _templates = [.. templates.Select(template => new RecommendableTemplate(template))];
        _analytics = analytics;
        _popularityWeight = popularityWeight;
    }

    public IReadOnlyList<StyleRecommendation> GetRecommendedTemplates(StyleRecommendationCriteria criteria)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        if (criteria.IsEmpty)
        {
            throw new ArgumentException(
                "The recommendation criteria are empty: set at least one of Moods, Purposes, Audiences, Platforms or Script.", nameof(criteria));
        }

        var prepared = new PreparedCriteria(criteria);
        var scored = new List<(int Index, double Fit, double Popularity, double Score, StyleUsageStatistics Statistics)>();
        for (var index = 0; index < _templates.Length; index++)
        {
            var fit = Fit(prepared, _templates[index], null);
            if (fit > 0)
            {
                var statistics = _analytics.GetStatistics(_templates[index].Template.Id);
                var popularity = Popularity(statistics);
                scored.Add((index, fit, popularity, ((1 - _popularityWeight) * fit) + (_popularityWeight * popularity), statistics));
            }
        }

        scored.Sort((left, right) =>
        {
            var byScore = right.Score.CompareTo(left.Score);
            return byScore != 0 ? byScore : string.CompareOrdinal(_templates[left.Index].Template.Id, _templates[right.Index].Template.Id);
        });

        var count = Math.Min(criteria.Count, scored.Count);
        var recommendations = new StyleRecommendation[count];
        for (var rank = 0; rank < count; rank++)
        {
            var (index, fit, popularity, score, statistics) = scored[rank];
            var reasons = new List<string>();
            Fit(prepared, _templates[index], reasons);
            if (_popularityWeight > 0)
            {
                reasons.Add(PopularityReason(statistics));
            }

            recommendations[rank] = new StyleRecommendation
            {
                Template = _templates[index].Template,
                Score = score,
                Fit = fit,
                Popularity = popularity,
                Reasons = reasons.AsReadOnly(),
            };
        }

        return recommendations;
    }

    /// <summary>
    /// Popularity from 0 to 1: 0.75 × the Bayesian rating scaled from 1–5 to 0–1 (0 when the template has no rating) plus
    /// 0.25 × trend / (trend + 10).
    /// </summary>
    public static double Popularity(StyleUsageStatistics statistics)
    {
        var rating = statistics.RatingCount > 0 ? Math.Clamp((statistics.BayesianRating - MinStars) / StarRange, 0, 1) : 0;
        var trend = statistics.TrendingScore / (statistics.TrendingScore + TrendHalfSaturation);
        return (RatingShare * rating) + ((1 - RatingShare) * trend);
    }

    private static double Fit(PreparedCriteria criteria, RecommendableTemplate template, List<string>? reasons)
    {
        var total = 0.0;
        var dimensions = 0;
        for (var dimension = 0; dimension < criteria.Terms.Length; dimension++)
        {
            var terms = criteria.Terms[dimension];
            if (terms.Length == 0)
            {
                continue;
            }

            var sum = 0.0;
            foreach (var term in terms)
            {
                var prefix = reasons is null ? null : $"{DimensionNames[dimension]} '{term.Text}'";
                var score = TermScore(term, template, dimension, prefix, reasons);
                if (dimension == (int)RecommendationDimension.Platform && term.Frame is { } frame)
                {
                    var frameScore = frame.Score(template.Template.AspectRatio);
                    score = (PlatformTagShare * score) + ((1 - PlatformTagShare) * frameScore);
                    reasons?.Add($"{prefix} prefers {frame.Preferred}, template is {template.Template.AspectRatio}");
                }

                sum += score;
            }

            total += sum / terms.Length;
            dimensions++;
        }

        if (criteria.Cues.Length > 0)
        {
            var sum = 0.0;
            foreach (var (cue, term) in criteria.Cues)
            {
                var prefix = reasons is null ? null : $"script mentions '{cue.Keyword}': {DimensionNames[(int)cue.Dimension]} '{cue.Term}'";
                sum += TermScore(term, template, (int)cue.Dimension, prefix, reasons);
            }

            total += sum / criteria.Cues.Length;
            dimensions++;
        }

        return dimensions == 0 ? 0 : total / dimensions;
    }

    /// <summary>The best match of a term among the template's tags of its dimension, else in its description; adds the reason when asked.</summary>
    private static double TermScore(MatchTerm term, RecommendableTemplate template, int dimension, string? prefix, List<string>? reasons)
    {
        var best = 0.0;
        MatchTerm? bestTag = null;
        foreach (var tag in template.Tags[dimension])
        {
            var score = tag.Text == term.Text ? ExactMatch
                : term.Concept is not null && term.Concept == tag.Concept ? CloseMatch
                : term.SharesWordWith(tag) ? PartialMatch
                : 0;
            if (score > best)
            {
                best = score;
                bestTag = tag;
            }
        }

        if (best == 0)
        {
            foreach (var word in term.Words)
            {
                if (template.DescriptionWords.Contains(word))
                {
                    reasons?.Add($"{prefix}: '{word}' is in the description");
                    return DescriptionMatch;
                }
            }

            return 0;
        }

        if (reasons is not null)
        {
            var how = best == ExactMatch ? "matches" : best == CloseMatch ? "is close to" : "partly matches";
            reasons.Add($"{prefix} {how} tag '{bestTag!.Text}'");
        }

        return best;
    }

    private static string PopularityReason(StyleUsageStatistics statistics)
    {
        if (statistics.RatingCount == 0 && statistics.TrendingScore <= 0)
        {
            return "popularity: no ratings or recent uses yet";
        }

        var parts = new List<string>(2);
        if (statistics.RatingCount > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{statistics.BayesianRating:0.0}★ Bayesian over {statistics.RatingCount} rating{(statistics.RatingCount == 1 ? string.Empty : "s")}"));
        }

        if (statistics.TrendingScore > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{statistics.TrendingScore:0.0} recent uses"));
        }

        return "popular: " + string.Join(", ", parts);
    }
}
