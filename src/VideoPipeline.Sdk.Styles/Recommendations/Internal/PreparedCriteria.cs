using VideoPipeline.Sdk.Styles.Manager.Internal;

namespace VideoPipeline.Sdk.Styles.Recommendations.Internal;

/// <summary>The criteria's terms split once per call, by dimension, and the cues found in the script.</summary>
internal sealed class PreparedCriteria
{
    /// <summary>The most distinct cues taken from a script, in order of first appearance: 8.</summary>
    public const int MaxCues = 8;

    public PreparedCriteria(StyleRecommendationCriteria criteria)
    {
        Terms =
        [
            [.. criteria.Moods.Select(term => new MatchTerm(term))],
            [.. criteria.Purposes.Select(term => new MatchTerm(term))],
            [.. criteria.Audiences.Select(term => new MatchTerm(term))],
            [.. criteria.Platforms.Select(term => new MatchTerm(term))],
        ];
        Cues = criteria.Script is { } script ? FindCues(script) : [];
    }

    /// <summary>Gets the terms, indexed by <see cref="RecommendationDimension"/>.</summary>
    public MatchTerm[][] Terms { get; }

    public (ScriptCue Cue, MatchTerm Term)[] Cues { get; }

    private static (ScriptCue Cue, MatchTerm Term)[] FindCues(string script)
    {
        var cues = new List<(ScriptCue Cue, MatchTerm Term)>();
        foreach (var word in SearchWords.Split(script))
        {
            if (StyleVocabulary.CueOf(word) is { } cue && !cues.Exists(found => found.Cue.Term == cue.Term))
            {
                cues.Add((cue, new MatchTerm(cue.Term)));
                if (cues.Count == MaxCues)
                {
                    break;
                }
            }
        }

        return [.. cues];
    }
}
