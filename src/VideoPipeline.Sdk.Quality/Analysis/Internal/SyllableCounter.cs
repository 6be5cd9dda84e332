namespace VideoPipeline.Sdk.Quality.Analysis.Internal;

/// <summary>
/// Counts the syllables of an English word for the Flesch reading ease: groups of vowels (a, e, i, o, u, y), less a
/// silent final <c>e</c> (<c>make</c>) but not <c>-le</c> after a consonant (<c>table</c>), at least one per word. A word
/// without Latin letters counts one syllable.
/// </summary>
internal static class SyllableCounter
{
    public static int Count(ReadOnlySpan<char> word)
    {
        var groups = 0;
        var previousWasVowel = false;
        var lastLetter = '\0';
        var beforeLastLetter = '\0';
        var letters = 0;
        foreach (var raw in word)
        {
            if (!char.IsAsciiLetter(raw))
            {
                previousWasVowel = false;
                continue;
            }

            var c = char.ToLowerInvariant(raw);
            var vowel = c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
            if (vowel && !previousWasVowel)
            {
                groups++;
            }

            previousWasVowel = vowel;
            beforeLastLetter = lastLetter;
            lastLetter = c;
            letters++;
        }

        if (letters == 0)
        {
            return 1;
        }

        var silentE = lastLetter == 'e' && groups > 1 && !(beforeLastLetter == 'l' && letters > 2 && !IsVowelBefore(word));
        return Math.Max(1, silentE ? groups - 1 : groups);
    }

    // For "-le": the letter before the 'l' must be a consonant (table, little) for the 'e' to be sounded.
    private static bool IsVowelBefore(ReadOnlySpan<char> word)
    {
        var end = word.Length - 1;
        while (end >= 0 && !char.IsAsciiLetter(word[end]))
        {
            end--;
        }

        return end >= 2 && char.ToLowerInvariant(word[end - 2]) is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
    }
}
