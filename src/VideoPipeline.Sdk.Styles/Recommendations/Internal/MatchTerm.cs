namespace VideoPipeline.Sdk.Styles.Recommendations.Internal;

/// <summary>A criteria term or a template tag, split once: its text, its words, its meaning group and (for platforms) its frame.</summary>
internal sealed class MatchTerm
{
    private const int MinSharedWordLength = 3;

    public MatchTerm(string text)
    {
        Text = text;
        var words = StyleVocabulary.WordsOf(text);
        Concept = StyleVocabulary.ConceptOf(text, words);
        Frame = StyleVocabulary.FrameOf(Concept);
        Words = [.. words.Where(word => word.Length >= MinSharedWordLength)];
    }

    public string Text { get; }

    /// <summary>Gets the words of three letters or more, the ones that count as shared with a tag or the description.</summary>
    public string[] Words { get; }

    public string? Concept { get; }

    public FramePreference? Frame { get; }

    /// <summary>Returns whether the two share a word of three letters or more.</summary>
    public bool SharesWordWith(MatchTerm other)
    {
        foreach (var word in Words)
        {
            if (Array.IndexOf(other.Words, word) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
