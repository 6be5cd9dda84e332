namespace VideoPipeline.Sdk.Styles.Parameters.Internal;

/// <summary>
/// Chooses among a template's options by mood: the mood's words (lower-case runs of letters, digits and hyphens) are matched
/// against each option's moods; the option with the most matches wins, the earlier on a tie, and the first option when none
/// matches or there is no mood.
/// </summary>
internal static class MoodMatcher
{
    public static HashSet<string> Words(string? mood)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        if (mood is null)
        {
            return words;
        }

        var start = -1;
        for (var index = 0; index <= mood.Length; index++)
        {
            var inWord = index < mood.Length && (char.IsLetterOrDigit(mood[index]) || mood[index] == '-');
            if (inWord && start < 0)
            {
                start = index;
            }
            else if (!inWord && start >= 0)
            {
                var word = mood.AsSpan(start, index - start).Trim('-');
                if (!word.IsEmpty)
                {
                    words.Add(word.ToString().ToLowerInvariant());
                }

                start = -1;
            }
        }

        return words;
    }

    public static StyleChoice Choose(IReadOnlyList<StyleChoice> options, HashSet<string> moodWords)
    {
        var best = options[0];
        var bestScore = 0;
        foreach (var option in options)
        {
            var score = 0;
            foreach (var mood in option.Moods)
            {
                if (moodWords.Contains(mood))
                {
                    score++;
                }
            }

            if (score > bestScore)
            {
                best = option;
                bestScore = score;
            }
        }

        return best;
    }
}
