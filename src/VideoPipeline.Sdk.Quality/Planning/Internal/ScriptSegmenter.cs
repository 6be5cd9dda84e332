using VideoPipeline.Sdk.Quality.Analysis.Internal;

namespace VideoPipeline.Sdk.Quality.Planning.Internal;

/// <summary>
/// Splits a script into the texts of its scenes, as many as <see cref="ContentAnalysis.EstimatedScenes"/> counts with the
/// same options, so that each scene can be analysed and planned on its own:
/// <list type="bullet">
/// <item>at every scene heading when the script has any (text before the first heading belongs to the first scene);</item>
/// <item>else at paragraphs when there are at least two, grouping neighbouring paragraphs evenly when there are more
/// paragraphs than scenes;</item>
/// <item>else into pieces of about equal numbers of words, each cut moved to the nearest end of a sentence within a third
/// of a piece (text without spaces, such as Chinese, is cut by characters).</item>
/// </list>
/// Scene texts are trimmed of surrounding white space and together hold every word of the script once.
/// </summary>
internal sealed class ScriptSegmenter
{
    private readonly ContentAnalyzer _analyzer;

    public ScriptSegmenter(QualityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _analyzer = new ContentAnalyzer(options);
    }

    /// <summary>Splits a script into its scenes' texts; empty for a script without words.</summary>
    public IReadOnlyList<string> Split(string script)
    {
        ArgumentNullException.ThrowIfNull(script);
        return Split(script, _analyzer.Analyze(script).EstimatedScenes);
    }

    /// <summary>Splits a script already analysed into <paramref name="scenes"/> scenes' texts (its
    /// <see cref="ContentAnalysis.EstimatedScenes"/>), without analysing it again; empty when <paramref name="scenes"/> is 0.</summary>
    public static IReadOnlyList<string> Split(string script, int scenes)
    {
        ArgumentNullException.ThrowIfNull(script);
        if (scenes == 0)
        {
            return [];
        }

        var (headingStarts, paragraphStarts) = FindStarts(script);
        var starts = headingStarts.Count > 0 ? headingStarts
            : paragraphStarts.Count >= 2 ? GroupStarts(paragraphStarts, scenes)
            : FindChunkStarts(script, scenes);
        starts[0] = 0;
        var texts = new string[starts.Count];
        for (var index = 0; index < starts.Count; index++)
        {
            var end = index + 1 < starts.Count ? starts[index + 1] : script.Length;
            texts[index] = script[starts[index]..end].Trim();
        }

        return texts;
    }

    /// <summary>Splits a script into scenes and analyses each: the planner's input for a script planned scene by scene.</summary>
    public IReadOnlyList<SceneInput> SplitIntoScenes(string script) =>
        [.. Split(script).Select(text => SceneInput.FromText(text, _analyzer))];

    /// <summary>Splits a script already analysed into scenes and analyses each, without analysing the whole script again.</summary>
    public IReadOnlyList<SceneInput> SplitIntoScenes(string script, ContentAnalysis analysis) =>
        [.. Split(script, analysis.EstimatedScenes).Select(text => SceneInput.FromText(text, _analyzer))];

    // The start offsets of the lines that are scene headings, and of the lines that open a paragraph: the first line with
    // words after a blank line, as ScriptScanner counts them.
    private static (List<int> Headings, List<int> Paragraphs) FindStarts(string script)
    {
        var headings = new List<int>();
        var paragraphs = new List<int>();
        var inParagraph = false;
        var start = 0;
        while (start <= script.Length)
        {
            var newline = script.IndexOf('\n', start);
            var end = newline < 0 ? script.Length : newline;
            var line = script.AsSpan(start, end - start);
            if (line.IsWhiteSpace())
            {
                inParagraph = false;
            }
            else
            {
                var totals = ScriptScanner.Scan(line);
                if (totals.SceneHeadings > 0)
                {
                    headings.Add(start);
                }

                if (!inParagraph && totals.DelimitedWords + totals.CjkCharacters > 0)
                {
                    paragraphs.Add(start);
                    inParagraph = true;
                }
            }

            if (newline < 0)
            {
                break;
            }

            start = newline + 1;
        }

        return (headings, paragraphs);
    }

    // Groups paragraphs into scenes of neighbouring paragraphs whose sizes differ by at most one.
    private static List<int> GroupStarts(List<int> paragraphStarts, int scenes)
    {
        var starts = new List<int>(scenes);
        for (var scene = 0; scene < scenes; scene++)
        {
            starts.Add(paragraphStarts[scene * paragraphStarts.Count / scenes]);
        }

        return starts;
    }

    private static List<int> FindChunkStarts(string script, int scenes)
    {
        var tokens = FindTokens(script);
        var starts = new List<int>(scenes) { 0 };
        if (tokens.Count < scenes)
        {
            // Text without spaces between words: cut by characters, never inside a surrogate pair.
            for (var scene = 1; scene < scenes; scene++)
            {
                var cut = (int)((long)script.Length * scene / scenes);
                starts.Add(char.IsLowSurrogate(script[cut]) ? cut + 1 : cut);
            }

            return starts;
        }

        var window = tokens.Count / scenes / 3;
        for (var scene = 1; scene < scenes; scene++)
        {
            var target = (int)((long)tokens.Count * scene / scenes);
            var cut = target;
            for (var distance = 0; distance <= window; distance++)
            {
                if (EndsSentence(script, tokens, target - distance))
                {
                    cut = target - distance;
                    break;
                }

                if (EndsSentence(script, tokens, target + distance))
                {
                    cut = target + distance;
                    break;
                }
            }

            starts.Add(tokens[cut].Start);
        }

        return starts;
    }

    // Whether the token before tokens[index] ends a sentence, so that a scene may start at tokens[index].
    private static bool EndsSentence(string script, List<(int Start, int End)> tokens, int index)
    {
        if (index <= 0 || index >= tokens.Count)
        {
            return false;
        }

        var previous = script.AsSpan(tokens[index - 1].Start, tokens[index - 1].End - tokens[index - 1].Start)
            .TrimEnd("\"'”’»)]」』");
        return !previous.IsEmpty && previous[^1] is '.' or '!' or '?' or '…' or '。' or '！' or '？';
    }

    // Runs of characters that are not white space.
    private static List<(int Start, int End)> FindTokens(string script)
    {
        var tokens = new List<(int Start, int End)>();
        var start = -1;
        for (var index = 0; index <= script.Length; index++)
        {
            var isSpace = index == script.Length || char.IsWhiteSpace(script[index]);
            if (!isSpace && start < 0)
            {
                start = index;
            }
            else if (isSpace && start >= 0)
            {
                tokens.Add((start, index));
                start = -1;
            }
        }

        return tokens;
    }
}
