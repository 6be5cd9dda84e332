using System.Globalization;
using System.Text;

namespace VideoPipeline.Sdk.Quality.Analysis.Internal;

/// <summary>
/// Counts everything <see cref="ContentAnalyzer"/> needs in one pass over the text, line by line: lines are classified
/// (blank, scene heading, character cue, speaker line, parenthetical, prose), then their words are scanned as spans and
/// looked up in the <see cref="Lexicon"/> without a string per word. No regular expressions; time is linear in the
/// length of the text and memory does not grow with it.
/// </summary>
internal sealed class ScriptScanner
{
    private const int MaxLookupLength = 64;
    private const int MaxCueLength = 40;

    private readonly ScanTotals _totals = new();
    private readonly ulong[] _visualSeen = new ulong[(Lexicon.VisualSubjectCount + 63) / 64];

    private bool _inParagraph;
    private bool _inQuote;
    private bool _inDialogueBlock;
    private bool _previousLineBlank = true;

    private bool _sentenceHasContent;
    private int _sentenceMotion;
    private bool _sentenceHasCameraCue;

    // The previous word of the current line, for two-word camera phrases and abbreviations before a full stop.
    private int _previousWordStart;
    private int _previousWordEnd = -1;
    private bool _previousWordWasCamera;
    private bool _previousWordIsAbbreviation;

    private ScriptScanner()
    {
    }

    private enum LineKind
    {
        Prose,
        SceneHeading,
        CharacterCue,
        SpeakerLine,
        Parenthetical,
    }

    public static ScanTotals Scan(ReadOnlySpan<char> text)
    {
        var scanner = new ScriptScanner();
        var remaining = text;
        while (true)
        {
            var newline = remaining.IndexOf('\n');
            scanner.ScanLine(newline < 0 ? remaining : remaining[..newline]);
            if (newline < 0)
            {
                break;
            }

            remaining = remaining[(newline + 1)..];
        }

        scanner.EndSentence();
        return scanner._totals;
    }

    private static bool IsCjk(char c) =>
        c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\u3040' and <= '\u30FF')
            or (>= '\uF900' and <= '\uFAFF') or (>= '\uFF66' and <= '\uFF9F');

    private static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) && !IsCjk(c);

    private static bool IsMark(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    // An apostrophe or a hyphen between letters (don't, close-up), or a point or a comma between digits (3.5, 10,000).
    private static bool IsJoiner(ReadOnlySpan<char> line, int index)
    {
        if (index == 0 || index + 1 >= line.Length)
        {
            return false;
        }

        var next = line[index + 1];
        return line[index] switch
        {
            '\'' or '’' or '-' => char.IsLetter(next) && !IsCjk(next),
            '.' or ',' => char.IsAsciiDigit(line[index - 1]) && char.IsAsciiDigit(next),
            _ => false,
        };
    }

    private static bool IsSentenceTerminator(char c) => c is '.' or '!' or '?' or '…' or '؟' or '।' or '‼';

    private static bool IsCjkTerminator(char c) => c is '。' or '！' or '？';

    private static bool IsClosingPunctuation(char c) => c is '"' or '\'' or '”' or '’' or '»' or ')' or ']' or '」' or '』';

    private static bool IsSceneHeading(ReadOnlySpan<char> line)
    {
        ReadOnlySpan<string> prefixes = ["INT.", "EXT.", "INT/EXT", "EXT/INT", "I/E"];
        foreach (var prefix in prefixes)
        {
            if (line.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                && (line.Length == prefix.Length || line[prefix.Length] is ' ' or '\t' or '.'))
            {
                return true;
            }
        }

        // "Scene 3", "SCENE 12:" at the start of a line.
        const string Scene = "scene";
        if (!line.StartsWith(Scene, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var rest = line[Scene.Length..];
        var trimmed = rest.TrimStart();
        return trimmed.Length < rest.Length && !trimmed.IsEmpty && char.IsAsciiDigit(trimmed[0]);
    }

    // Upper-case letters (at least two), spaces, full stops, apostrophes, hyphens and digits: "ANNA", "DR. SMITH", "GUARD 2".
    private static bool IsUpperCaseName(ReadOnlySpan<char> name)
    {
        if (name.IsEmpty || name.Length > MaxCueLength)
        {
            return false;
        }

        var letters = 0;
        foreach (var c in name)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
            else if (c is not (' ' or '.' or '\'' or '’' or '-') && !char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return letters >= 2;
    }

    private static LineKind Classify(ReadOnlySpan<char> line, bool inDialogueBlock, out int dialogueFrom)
    {
        dialogueFrom = int.MaxValue;
        if (IsSceneHeading(line))
        {
            return LineKind.SceneHeading;
        }

        if (line[0] == '(' && line[^1] == ')')
        {
            return LineKind.Parenthetical;
        }

        var colon = line.IndexOf(':');
        if (colon > 0 && colon < line.Length - 1 && IsUpperCaseName(line[..colon].Trim()) && !line[(colon + 1)..].IsWhiteSpace())
        {
            dialogueFrom = colon + 1;
            return LineKind.SpeakerLine;
        }

        // A character cue: a name in upper case alone on its line, possibly with an extension such as "(V.O.)".
        var parenthesis = line.IndexOf('(');
        var name = (parenthesis > 0 && line[^1] == ')' ? line[..parenthesis] : line).TrimEnd();
        if (!inDialogueBlock && IsUpperCaseName(name) && !IsSentenceTerminator(name[^1]))
        {
            return LineKind.CharacterCue;
        }

        if (inDialogueBlock)
        {
            dialogueFrom = 0;
        }

        return LineKind.Prose;
    }

    private void ScanLine(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim();
        if (trimmed.IsEmpty)
        {
            EndSentence();
            _inParagraph = false;
            _inQuote = false;
            _inDialogueBlock = false;
            _previousLineBlank = true;
            return;
        }

        var kind = Classify(trimmed, _inDialogueBlock, out var dialogueFrom);
        if (kind is LineKind.CharacterCue && !_previousLineBlank)
        {
            // A line in capitals inside prose is a heading or a shout, not a cue.
            kind = LineKind.Prose;
        }

        _previousLineBlank = false;
        if (kind is LineKind.SceneHeading or LineKind.CharacterCue or LineKind.SpeakerLine)
        {
            EndSentence();
            _inDialogueBlock = false;
        }

        if (kind == LineKind.SceneHeading)
        {
            _totals.SceneHeadings++;
        }

        var contentBefore = _totals.DelimitedWords + _totals.CjkCharacters;
        ScanSegment(trimmed, dialogueFrom);
        if (!_inParagraph && _totals.DelimitedWords + _totals.CjkCharacters > contentBefore)
        {
            _totals.Paragraphs++;
            _inParagraph = true;
        }

        if (kind is LineKind.SceneHeading or LineKind.CharacterCue or LineKind.SpeakerLine)
        {
            EndSentence();
        }

        if (kind == LineKind.CharacterCue)
        {
            _inDialogueBlock = true;
        }
    }

    private void ScanSegment(ReadOnlySpan<char> line, int dialogueFrom)
    {
        _previousWordEnd = -1;
        var wordStart = -1;
        var index = 0;
        while (index < line.Length)
        {
            var c = line[index];
            if (!char.IsWhiteSpace(c) && !char.IsLowSurrogate(c))
            {
                _totals.Characters++;
            }

            if (IsWordCharacter(c) || (wordStart >= 0 && IsMark(c)))
            {
                if (wordStart < 0)
                {
                    wordStart = index;
                }

                index++;
                continue;
            }

            if (wordStart >= 0 && IsJoiner(line, index))
            {
                index++;
                continue;
            }

            if (wordStart >= 0)
            {
                EndWord(line, wordStart, index, dialogueFrom);
                wordStart = -1;
            }

            index = ScanPunctuation(line, index, dialogueFrom);
        }

        if (wordStart >= 0)
        {
            EndWord(line, wordStart, line.Length, dialogueFrom);
        }
    }

    // Handles one character that is not part of a word; returns the index of the next one to scan.
    private int ScanPunctuation(ReadOnlySpan<char> line, int index, int dialogueFrom)
    {
        var c = line[index];
        if (IsCjk(c))
        {
            _totals.CjkCharacters++;
            if (_inQuote || index >= dialogueFrom)
            {
                _totals.CjkDialogueCharacters++;
            }

            _sentenceHasContent = true;
            return index + 1;
        }

        if (char.IsHighSurrogate(c) && index + 1 < line.Length && char.IsLowSurrogate(line[index + 1]))
        {
            if (Rune.GetUnicodeCategory(new Rune(c, line[index + 1])) == UnicodeCategory.OtherSymbol)
            {
                // Emoji are evidence of a social post.
                _totals.TypeEvidence[(int)ContentType.Social] += 1;
            }

            return index + 2;
        }

        switch (c)
        {
            case '"':
                _inQuote = !_inQuote;
                return index + 1;
            case '“' or '«' or '「' or '『':
                _inQuote = true;
                return index + 1;
            case '”' or '»' or '」' or '』':
                _inQuote = false;
                return index + 1;
        }

        if (IsCjkTerminator(c))
        {
            EndSentence();
            return index + 1;
        }

        if (!IsSentenceTerminator(c))
        {
            return index + 1;
        }

        var abbreviation = c == '.' && _previousWordEnd == index && _previousWordIsAbbreviation;
        var next = index + 1;
        while (next < line.Length && IsSentenceTerminator(line[next]))
        {
            next++;
        }

        var after = next;
        while (after < line.Length && IsClosingPunctuation(line[after]))
        {
            after++;
        }

        if (!abbreviation && (after == line.Length || char.IsWhiteSpace(line[after])))
        {
            EndSentence();
        }

        return next;
    }

    private void EndWord(ReadOnlySpan<char> line, int start, int end, int dialogueFrom)
    {
        var word = line[start..end];
        _totals.DelimitedWords++;
        _sentenceHasContent = true;
        if (_inQuote || start >= dialogueFrom)
        {
            _totals.DelimitedDialogueWords++;
        }

        var hasLatinLetters = word.ContainsAnyInRange('a', 'z') || word.ContainsAnyInRange('A', 'Z');
        _totals.Syllables += hasLatinLetters ? SyllableCounter.Count(word) : 1;
        var isNumber = !word.ContainsAnyExceptInRange('0', '9');

        // The lexicons spell apostrophes straight; a typographic one is replaced in a copy on the stack.
        var curly = word.Length <= MaxLookupLength && word.Contains('’');
        Span<char> buffer = curly ? stackalloc char[MaxLookupLength] : default;
        scoped ReadOnlySpan<char> key = word;
        if (curly)
        {
            word.CopyTo(buffer);
            key = buffer[..word.Length];
            buffer[..word.Length].Replace('’', '\'');
        }

        Lexicon.Words.TryGetValue(key, out var entry);
        var traits = entry.Traits;
        if (!isNumber && (traits & WordTraits.Stop) == 0)
        {
            _totals.ContentWords++;
        }

        var isCamera = false;
        if ((traits & WordTraits.CameraPhraseEnd) != 0 && IsCameraPhrase(line, key, start))
        {
            if (!_previousWordWasCamera)
            {
                _sentenceMotion++;
                _sentenceHasCameraCue = true;
            }

            isCamera = true;
        }
        else if ((traits & WordTraits.Camera) != 0)
        {
            _sentenceMotion++;
            _sentenceHasCameraCue = true;
            isCamera = true;
        }
        else if ((traits & WordTraits.Action) != 0)
        {
            _sentenceMotion++;
        }

        if ((traits & WordTraits.Visual) != 0)
        {
            _totals.VisualTerms++;
            ref var bits = ref _visualSeen[entry.VisualId >> 6];
            var mask = 1UL << (entry.VisualId & 63);
            if ((bits & mask) == 0)
            {
                bits |= mask;
                _totals.DistinctVisualTerms++;
            }
        }

        if (entry.TypeWeights is { } weights)
        {
            for (var type = 0; type < weights.Length; type++)
            {
                _totals.TypeEvidence[type] += weights[type];
            }
        }

        if (start > 0 && line[start - 1] is '#' or '@')
        {
            _totals.TypeEvidence[(int)ContentType.Social] += line[start - 1] == '#' ? 2 : 1;
        }

        _previousWordStart = start;
        _previousWordEnd = end;
        _previousWordWasCamera = isCamera;
        _previousWordIsAbbreviation = (traits & WordTraits.Abbreviation) != 0 || (word.Length == 1 && char.IsLetter(word[0]));
    }

    // Whether the previous word and this one, separated only by white space, form a two-word camera phrase.
    private bool IsCameraPhrase(ReadOnlySpan<char> line, ReadOnlySpan<char> word, int start)
    {
        if (_previousWordEnd < 0 || !line[_previousWordEnd..start].IsWhiteSpace())
        {
            return false;
        }

        var previous = line[_previousWordStart.._previousWordEnd];
        var length = previous.Length + 1 + word.Length;
        if (length > MaxLookupLength)
        {
            return false;
        }

        Span<char> phrase = stackalloc char[MaxLookupLength];
        previous.CopyTo(phrase);
        phrase[previous.Length] = ' ';
        word.CopyTo(phrase[(previous.Length + 1)..]);
        return Lexicon.CameraPhrases.Contains(phrase[..length]);
    }

    private void EndSentence()
    {
        if (!_sentenceHasContent)
        {
            return;
        }

        _totals.Sentences++;
        _totals.MotionScoreSum += Math.Min(1, _sentenceMotion / 2.0);
        if (_sentenceHasCameraCue)
        {
            _totals.CameraCueSentences++;
        }

        _sentenceHasContent = false;
        _sentenceMotion = 0;
        _sentenceHasCameraCue = false;
    }
}
