namespace VideoPipeline.Sdk.Quality.Analysis.Internal;

/// <summary>
/// Regular English word forms, generated once when the lexicon is built so that a word is found with one lookup. The
/// rules over-generate on purpose (a wrong form never occurs in text, so it never matches).
/// </summary>
internal static class Inflections
{
    /// <summary>A verb's base, third-person, present-participle and past forms.</summary>
    public static IEnumerable<string> VerbForms(string verb)
    {
        yield return verb;
        yield return Plural(verb);
        var doubles = EndsConsonantVowelConsonant(verb);
        if (verb.EndsWith("ie", StringComparison.Ordinal))
        {
            yield return string.Concat(verb.AsSpan(0, verb.Length - 2), "ying");
            yield return verb + "d";
        }
        else if (verb.EndsWith('e') && !verb.EndsWith("ee", StringComparison.Ordinal))
        {
            yield return string.Concat(verb.AsSpan(0, verb.Length - 1), "ing");
            yield return verb + "d";
        }
        else if (EndsConsonantY(verb))
        {
            yield return verb + "ing";
            yield return string.Concat(verb.AsSpan(0, verb.Length - 1), "ied");
        }
        else
        {
            yield return verb + "ing";
            yield return verb + "ed";
            if (doubles)
            {
                yield return verb + verb[^1] + "ing";
                yield return verb + verb[^1] + "ed";
            }
        }
    }

    /// <summary>A noun's plural, or a verb's third-person form.</summary>
    public static string Plural(string word)
    {
        if (EndsConsonantY(word))
        {
            return string.Concat(word.AsSpan(0, word.Length - 1), "ies");
        }

        return word.EndsWith('s') || word.EndsWith('x') || word.EndsWith('z') || word.EndsWith("ch", StringComparison.Ordinal) || word.EndsWith("sh", StringComparison.Ordinal)
            ? word + "es"
            : word + "s";
    }

    private static bool EndsConsonantY(string word) => word.Length > 1 && word[^1] == 'y' && !IsVowel(word[^2]);

    // Short verbs ending consonant-vowel-consonant double the consonant (run -> running); longer ones are ambiguous, so
    // both forms are generated for any length.
    private static bool EndsConsonantVowelConsonant(string word) =>
        word.Length >= 3 && !IsVowel(word[^1]) && word[^1] is not ('w' or 'x' or 'y') && IsVowel(word[^2]) && !IsVowel(word[^3]);

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
