using System.Globalization;

namespace VideoPipeline.Sdk.Caching.Semantic.Internal;

/// <summary>
/// Splits a prompt into words without allocating. A word is a run of letters, digits and combining marks; an apostrophe
/// between letters (<c>don't</c>) and a point, comma or colon between digits (<c>2.5</c>, <c>1,000</c>, <c>16:9</c>) stay
/// inside it. A hyphen between two words joins them loosely (<see cref="PromptToken.IsHyphenated"/>).
/// </summary>
internal static class PromptTokenizer
{
    /// <summary>Gets the most words a prompt of <paramref name="length"/> characters can hold.</summary>
    /// <param name="length">The prompt length.</param>
    /// <returns>The size a destination buffer needs.</returns>
    public static int MaxTokenCount(int length) => (length / 2) + 1;

    /// <summary>Finds the words of <paramref name="text"/>.</summary>
    /// <param name="text">The prompt.</param>
    /// <param name="destination">Receives the words; at least <see cref="MaxTokenCount"/> long.</param>
    /// <returns>The number of words written.</returns>
    public static int Tokenize(ReadOnlySpan<char> text, Span<PromptToken> destination)
    {
        var count = 0;
        var sentenceStart = true;
        var segmentStart = true;
        var hyphenated = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsWordChar(c))
            {
                var start = i;
                i++;
                while (i < text.Length)
                {
                    if (IsWordChar(text[i]))
                    {
                        i++;
                    }
                    else if (i + 1 < text.Length && IsInnerConnector(text[i - 1], text[i], text[i + 1]))
                    {
                        i += 2;
                    }
                    else
                    {
                        break;
                    }
                }

                destination[count++] = new PromptToken(start, i - start, sentenceStart, segmentStart, hyphenated && !segmentStart);
                sentenceStart = false;
                segmentStart = false;
                hyphenated = false;
                continue;
            }

            switch (c)
            {
                case '.' or '!' or '?' or ':' or ';' or '\n' or '\r':
                    sentenceStart = true;
                    segmentStart = true;
                    break;
                case ',' or '(' or ')' or '[' or ']' or '{' or '}' or '"' or '\u201C' or '\u201D' or '\u00AB' or '\u00BB'
                    or '\u2013' or '\u2014' or '|' or '/' or '\u2022':
                    segmentStart = true;
                    break;
                case '-':
                    // A hyphen inside a word ("close-up") joins; one between spaces (" - ") separates phrases.
                    if (i > 0 && IsWordChar(text[i - 1]) && i + 1 < text.Length && IsWordChar(text[i + 1]))
                    {
                        hyphenated = true;
                    }
                    else
                    {
                        segmentStart = true;
                    }

                    break;
            }

            i++;
        }

        return count;
    }

    /// <summary>Gets a value indicating whether <paramref name="c"/> belongs to a word.</summary>
    /// <param name="c">The character.</param>
    /// <returns><see langword="true"/> for letters, digits and combining marks.</returns>
    public static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || (c > '\u007F' && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark);

    /// <summary>Gets a value indicating whether <paramref name="c"/> is an apostrophe.</summary>
    /// <param name="c">The character.</param>
    /// <returns><see langword="true"/> for <c>'</c> and <c>’</c>.</returns>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    private static bool IsInnerConnector(char previous, char c, char next) =>
        (IsApostrophe(c) && char.IsLetter(previous) && char.IsLetter(next))
        || (c is '.' or ',' or ':' && char.IsDigit(previous) && char.IsDigit(next));
}
