using System.Collections.Frozen;
using System.Globalization;

namespace VideoPipeline.Sdk.Caching.Semantic.Internal;

/// <summary>
/// Reads a number, written in digits or in words, from the words of a prompt and writes it in one canonical form, so that
/// "25", "twenty-five" and "twenty five" are all <c>25</c>, "10,000" and "ten thousand" are <c>10000</c>, and "2nd" and
/// "second" are <c>#2</c>. Used by the lexical embedder and by the conflict guard alike. Allocates nothing.
/// </summary>
internal static class NumberReader
{
    /// <summary>The longest canonical form written; longer numbers are cut.</summary>
    public const int MaxLength = 32;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private static readonly FrozenDictionary<string, long>.AlternateLookup<ReadOnlySpan<char>> Cardinals =
        ConflictVocabulary.Cardinals.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, long>.AlternateLookup<ReadOnlySpan<char>> Scales =
        ConflictVocabulary.Scales.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Ordinals =
        ConflictVocabulary.Ordinals.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Multiples =
        ConflictVocabulary.Multiples.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Vague =
        ConflictVocabulary.VagueQuantities.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NumberWords =
        ConflictVocabulary.NumberWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Gets a value indicating whether a folded word can start a number; a cheap test before <see cref="Read"/>.</summary>
    /// <param name="folded">The word, folded with <see cref="WordNormalizer.Fold"/>.</param>
    /// <returns><see langword="true"/> when the word starts with a digit or is a number word.</returns>
    public static bool MayStartNumber(ReadOnlySpan<char> folded) =>
        folded.Length > 0 && (char.IsAsciiDigit(folded[0]) || NumberWords.Contains(folded));

    /// <summary>Reads the number that starts at word <paramref name="index"/>, if one does.</summary>
    /// <param name="text">The prompt.</param>
    /// <param name="tokens">The words of the prompt.</param>
    /// <param name="index">The word to start at.</param>
    /// <param name="value">
    /// Receives the canonical form, at least <see cref="MaxLength"/> long: a decimal number, <c>#</c> and a rank for an
    /// ordinal, <c>~</c> and the word for a vague quantity ("~few"), or the word as written for forms such as "4k", "1080p"
    /// and "16:9".
    /// </param>
    /// <param name="valueLength">The length written.</param>
    /// <returns>The number of words read; 0 when the word is not a number.</returns>
    public static int Read(ReadOnlySpan<char> text, ReadOnlySpan<PromptToken> tokens, int index, Span<char> value, out int valueLength)
    {
        Span<char> word = stackalloc char[WordNormalizer.MaxWordLength];
        var length = Fold(text, tokens[index], word);
        var folded = word[..length];
        valueLength = 0;
        if (length == 0)
        {
            return 0;
        }

        if (folded.IndexOfAnyInRange('0', '9') >= 0)
        {
            return ReadDigits(text, tokens, index, folded, value, out valueLength);
        }

        if (Cardinals.ContainsKey(folded) || Scales.ContainsKey(folded))
        {
            return ReadWords(text, tokens, index, value, out valueLength);
        }

        if (Ordinals.TryGetValue(folded, out var rank))
        {
            // "a ten second clip": "second" after a number is a unit, not a rank.
            if (folded.SequenceEqual("second") && index > 0 && IsNumber(text, tokens[index - 1]))
            {
                return 0;
            }

            valueLength = Write(value, "#", rank);
            return 1;
        }

        if (Multiples.TryGetValue(folded, out var multiple))
        {
            valueLength = Write(value, string.Empty, multiple);
            return 1;
        }

        if (Vague.Contains(folded))
        {
            valueLength = Write(value, "~", folded);
            return 1;
        }

        return 0;
    }

    private static int ReadDigits(ReadOnlySpan<char> text, ReadOnlySpan<PromptToken> tokens, int index, ReadOnlySpan<char> folded, Span<char> value, out int valueLength)
    {
        var digits = folded.IndexOfAnyExceptInRange('0', '9');
        if (digits > 0 && folded.Length == digits + 2 && folded[digits..] is "st" or "nd" or "rd" or "th")
        {
            valueLength = Write(value, "#", folded[..digits]);
            return 1;
        }

        if (folded.Contains(':') || !decimal.TryParse(folded, NumberStyles.AllowDecimalPoint, Invariant, out var number))
        {
            // 16:9, 4k, 1080p, 1920s, 60fps: compared as written.
            valueLength = Write(value, string.Empty, folded);
            return 1;
        }

        var read = 1;
        Span<char> next = stackalloc char[WordNormalizer.MaxWordLength];
        if (index + 1 < tokens.Length && !tokens[index + 1].IsSegmentStart
            && Scales.TryGetValue(next[..Fold(text, tokens[index + 1], next)], out var scale) && number < decimal.MaxValue / scale)
        {
            number *= scale;
            read = 2;
        }

        valueLength = number.TryFormat(value[..MaxLength], out var written, "G29", Invariant) ? written : 0;
        return read;
    }

    private static int ReadWords(ReadOnlySpan<char> text, ReadOnlySpan<PromptToken> tokens, int index, Span<char> value, out int valueLength)
    {
        Span<char> word = stackalloc char[WordNormalizer.MaxWordLength];
        long total = 0;
        long current = 0;
        long? ordinal = null;
        var next = index;
        while (next < tokens.Length && (next == index || !tokens[next].IsSegmentStart))
        {
            var folded = word[..Fold(text, tokens[next], word)];
            if (Cardinals.TryGetValue(folded, out var cardinal))
            {
                current += cardinal;
            }
            else if (Scales.TryGetValue(folded, out var scale))
            {
                if (scale >= 1_000)
                {
                    total += (current == 0 ? 1 : current) * scale;
                    current = 0;
                }
                else
                {
                    current = (current == 0 ? 1 : current) * scale;
                }
            }
            else if (folded.SequenceEqual("and") && current >= 100 && next + 1 < tokens.Length && IsNumber(text, tokens[next + 1]))
            {
                // "two hundred and fifty"
            }
            else if (current >= 20 && current % 10 == 0 && Ordinals.TryGetValue(folded, out var rank) && rank.Length == 1)
            {
                // "twenty-first"
                ordinal = total + current + (rank[0] - '0');
                next++;
                break;
            }
            else
            {
                break;
            }

            next++;
        }

        valueLength = ordinal is { } rankValue
            ? Write(value, "#", rankValue.ToString(Invariant))
            : (total + current).TryFormat(value[..MaxLength], out var written, provider: Invariant) ? written : 0;
        return next - index;
    }

    private static bool IsNumber(ReadOnlySpan<char> text, PromptToken token)
    {
        Span<char> word = stackalloc char[WordNormalizer.MaxWordLength];
        var folded = word[..Fold(text, token, word)];
        return folded.Length > 0 && (char.IsAsciiDigit(folded[0]) || Cardinals.ContainsKey(folded) || Scales.ContainsKey(folded));
    }

    private static int Fold(ReadOnlySpan<char> text, PromptToken token, Span<char> destination) =>
        WordNormalizer.Fold(text.Slice(token.Start, token.Length), destination);

    private static int Write(Span<char> destination, ReadOnlySpan<char> prefix, ReadOnlySpan<char> value)
    {
        var length = Math.Min(prefix.Length + value.Length, MaxLength);
        prefix.CopyTo(destination);
        value[..(length - prefix.Length)].CopyTo(destination[prefix.Length..]);
        return length;
    }
}
