using System.Collections.Frozen;

namespace VideoPipeline.Sdk.Styles.Manager.Internal;

/// <summary>Splits text into lower-case words (runs of letters and digits) for search, and knows which query words to ignore.</summary>
internal static class SearchWords
{
    /// <summary>The longest search text: 1,000 characters.</summary>
    public const int MaxTextLength = 1_000;

    private static readonly FrozenSet<string> CommonWords = FrozenSet.Create(
        StringComparer.Ordinal,
        "a", "about", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from", "in", "into", "is", "it", "its", "like",
        "look", "looks", "make", "me", "my", "of", "on", "or", "our", "so", "some", "that", "the", "their", "them", "this", "to",
        "us", "video", "videos", "want", "we", "with", "you", "your");

    /// <summary>Gets every word of a text, lower case, in order, repeats included.</summary>
    public static List<string> Split(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var index = 0; index <= text.Length; index++)
        {
            var inWord = index < text.Length && char.IsLetterOrDigit(text[index]);
            if (inWord && start < 0)
            {
                start = index;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(text[start..index].ToLowerInvariant());
                start = -1;
            }
        }

        return words;
    }

    /// <summary>Gets the distinct words of a query that count: two characters or more, and not a common English word.</summary>
    public static List<string> Terms(string text) =>
        [.. Split(text).Where(word => word.Length >= 2 && !CommonWords.Contains(word)).Distinct(StringComparer.Ordinal)];
}
