using Vocabulary = VideoPipeline.Sdk.Caching.Semantic.Internal.ConflictVocabulary;

namespace VideoPipeline.Sdk.Caching.Semantic.Internal;

/// <summary>
/// What <see cref="PromptConflictGuard"/> compares between two prompts: their numbers, negations, colours, directions,
/// named entities, genders and attributes, read from the words of one prompt with the tables of
/// <see cref="ConflictVocabulary"/>.
/// </summary>
internal sealed class PromptFacts
{
    /// <summary>The word occurs in its singular form.</summary>
    public const int SingularForm = 1;

    /// <summary>The word occurs in its singular form after "a", "one", "each"…</summary>
    public const int ExplicitSingular = 2;

    /// <summary>The word occurs in a plural form.</summary>
    public const int PluralForm = 4;

    private readonly PromptToken[] _tokens;
    private readonly string[] _words;
    private readonly string _prompt;

    private PromptFacts(string prompt)
    {
        _prompt = prompt;
        var tokens = new PromptToken[PromptTokenizer.MaxTokenCount(prompt.Length)];
        var count = PromptTokenizer.Tokenize(prompt, tokens);
        _tokens = tokens[..count];
        _words = new string[count];
        Span<char> buffer = stackalloc char[WordNormalizer.MaxWordLength];
        for (var i = 0; i < count; i++)
        {
            _words[i] = new string(buffer[..WordNormalizer.Fold(Raw(i), buffer)]);
            Words.Add(_words[i]);
        }
    }

    /// <summary>Gets the folded words of the prompt.</summary>
    public HashSet<string> Words { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the numbers and quantities, one per occurrence; ordinals start with <c>#</c>, vague quantities with <c>~</c>.</summary>
    public List<string> Numbers { get; } = [];

    /// <summary>Gets, for each noun in singular form, whether it occurs singular, explicitly singular or plural.</summary>
    public Dictionary<string, int> Plurality { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets what each negation negates (the stem of the next content word), one per negation.</summary>
    public List<string> Negations { get; } = [];

    /// <summary>Gets the canonical colours.</summary>
    public HashSet<string> Colours { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the canonical directions, each with the index of the word where it first occurs.</summary>
    public Dictionary<string, int> Directions { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the folded words that look like names: capitalized inside a sentence, acronyms, mixed case.</summary>
    public HashSet<string> EntityCandidates { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the quoted passages, folded, one per quote.</summary>
    public List<string> Quotes { get; } = [];

    /// <summary>Gets the genders named: <c>m</c> or <c>f</c>.</summary>
    public HashSet<char> Genders { get; } = [];

    /// <summary>Gets the gendered person nouns, canonical ("mum" is "mother").</summary>
    public HashSet<string> GenderNouns { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the values of each kind of attribute named.</summary>
    public Dictionary<string, HashSet<string>> Attributes { get; } = new(StringComparer.Ordinal);

    /// <summary>Reads the facts of a prompt.</summary>
    /// <param name="prompt">The prompt.</param>
    /// <returns>The facts.</returns>
    public static PromptFacts Extract(string prompt)
    {
        var facts = new PromptFacts(prompt);
        facts.ReadNumbers();
        facts.ReadPlurality();
        facts.ReadNegations();
        facts.ReadWordTables();
        facts.ReadEntities();
        facts.ReadQuotes();
        return facts;
    }

    private ReadOnlySpan<char> Raw(int index) => _prompt.AsSpan(_tokens[index].Start, _tokens[index].Length);

    private string Previous(int index) => index > 0 && !_tokens[index].IsSegmentStart ? _words[index - 1] : string.Empty;

    private void ReadNumbers()
    {
        Span<char> value = stackalloc char[NumberReader.MaxLength];
        for (var i = 0; i < _tokens.Length; i++)
        {
            var read = NumberReader.Read(_prompt, _tokens, i, value, out var length);
            if (read > 0)
            {
                AddNumber(new string(value[..length]));
                i += read - 1;
            }
        }
    }

    private void AddNumber(string value)
    {
        // "a cat" and "one cat" say the same; 1 is left out so that the article needs no special case.
        if (value != "1")
        {
            Numbers.Add(value);
        }
    }

    private void ReadPlurality()
    {
        Span<char> buffer = stackalloc char[WordNormalizer.MaxWordLength];
        for (var i = 0; i < _words.Length; i++)
        {
            var word = _words[i];
            if (word.Length < 3 || word.AsSpan().ContainsAnyExceptInRange('a', 'z') || WordNormalizer.IsStopWord(word))
            {
                continue;
            }

            word.CopyTo(buffer);
            var length = WordNormalizer.Singularize(buffer, word.Length);
            var singular = buffer[..length];
            int form;
            if (!singular.SequenceEqual(word))
            {
                form = PluralForm;
            }
            else if (IsModifier(i))
            {
                form = SingularForm;
            }
            else
            {
                form = SingularForm;
                for (var back = i - 1; back >= Math.Max(0, i - 3) && !_tokens[back + 1].IsSegmentStart; back--)
                {
                    if (Vocabulary.SingularDeterminers.Contains(_words[back]))
                    {
                        form |= ExplicitSingular;
                        break;
                    }
                }
            }

            var key = new string(singular);
            Plurality[key] = Plurality.GetValueOrDefault(key) | form;
        }
    }

    // "a flower field": a singular noun followed by another noun modifies it and says nothing about the count.
    private bool IsModifier(int index)
    {
        if (index + 1 >= _words.Length || _tokens[index + 1].IsSegmentStart)
        {
            return false;
        }

        var next = _words[index + 1];
        return next.Length > 0 && !next.AsSpan().ContainsAnyExceptInRange('a', 'z') && !WordNormalizer.IsStopWord(next)
            && !next.EndsWith("ing", StringComparison.Ordinal) && !next.EndsWith("ed", StringComparison.Ordinal)
            && !next.EndsWith('s');
    }

    private void ReadNegations()
    {
        for (var i = 0; i < _words.Length; i++)
        {
            var word = _words[i];
            if (Vocabulary.NegativePronouns.Contains(word))
            {
                Negations.Add(word);
            }
            else if (word == "free")
            {
                // "sugar-free", "free of snow"; "running free" negates nothing.
                if (_tokens[i].IsHyphenated)
                {
                    Negations.Add(Stem(i - 1));
                }
                else if (i + 1 < _words.Length && _words[i + 1] == "of")
                {
                    AddNegationScope(i + 1, word);
                }
            }
            else if (IsNegation(i))
            {
                AddNegationScope(i, word);
            }
        }
    }

    private bool IsNegation(int index)
    {
        var word = _words[index];
        if (word == "no" && index + 1 < _words.Length && _words[index + 1].Length > 0 && char.IsAsciiDigit(_words[index + 1][0]))
        {
            return false; // "No. 5"
        }

        var raw = Raw(index);
        return Vocabulary.Negations.Contains(word) || raw.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || raw.EndsWith("n\u2019t", StringComparison.OrdinalIgnoreCase);
    }

    private void AddNegationScope(int cue, string cueWord)
    {
        var target = NextNegated(cue);
        if (target < 0)
        {
            Negations.Add(cueWord);
            return;
        }

        Negations.Add(Stem(target));

        // "without cars or people" negates both.
        if (target + 1 < _words.Length && _words[target + 1] == "or" && !_tokens[target + 1].IsSegmentStart)
        {
            var second = NextNegated(target + 1);
            if (second >= 0)
            {
                Negations.Add(Stem(second));
            }
        }
    }

    private int NextNegated(int after)
    {
        for (var i = after + 1; i < _words.Length && !_tokens[i].IsSegmentStart; i++)
        {
            if (!Vocabulary.NegationFiller.Contains(_words[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private string Stem(int index)
    {
        Span<char> buffer = stackalloc char[WordNormalizer.MaxWordLength];
        return new string(buffer[..WordNormalizer.Normalize(Raw(index), buffer, out _)]);
    }

    private void ReadWordTables()
    {
        for (var i = 0; i < _words.Length; i++)
        {
            var word = _words[i];
            if (Vocabulary.Colours.TryGetValue(word, out var colour))
            {
                Colours.Add(colour);
            }

            if (FindDirection(i) is { } direction)
            {
                Directions.TryAdd(direction, i);
            }

            if (Vocabulary.Genders.TryGetValue(word, out var gender))
            {
                Genders.Add(gender.Gender);
                if (gender.Noun.Length > 0)
                {
                    GenderNouns.Add(gender.Noun);
                }
            }

            if (Vocabulary.Attributes.TryGetValue(word, out var attributes))
            {
                foreach (var (kind, value) in attributes)
                {
                    if (!Attributes.TryGetValue(kind, out var values))
                    {
                        Attributes[kind] = values = new HashSet<string>(StringComparer.Ordinal);
                    }

                    values.Add(value);
                }
            }
        }
    }

    private string? FindDirection(int index)
    {
        var word = _words[index];
        var previous = Previous(index);
        if (Vocabulary.CameraDirections.TryGetValue(word, out var camera))
        {
            return Vocabulary.CameraVerbs.Contains(previous) ? camera : null;
        }

        return word switch
        {
            "back" => Vocabulary.BackDeterminers.Contains(previous) ? "back" : null,
            "rise" or "rises" or "rising" or "rose" when previous == "sun" => "dawn",
            "set" or "sets" or "setting" when previous == "sun" => "dusk",
            "clockwise" when previous is "counter" or "anti" => "counterclockwise",
            "up" when previous == "close" => null,
            _ => Vocabulary.Directions.GetValueOrDefault(word),
        };
    }

    private void ReadEntities()
    {
        // A prompt in Title Case or in capitals carries no case information: most of its words inside sentences are capitalized.
        var words = 0;
        var capitalized = 0;
        for (var i = 0; i < _words.Length; i++)
        {
            var raw = Raw(i);
            if (raw.Length >= 2 && char.IsLetter(raw[0]) && !_tokens[i].IsSentenceStart && !WordNormalizer.IsStopWord(_words[i]))
            {
                words++;
                capitalized += char.IsUpper(raw[0]) ? 1 : 0;
            }
        }

        var caseless = words >= 3 && capitalized * 10 >= words * 8;
        for (var i = 0; i < _words.Length; i++)
        {
            var raw = Raw(i);
            if (raw.Length < 2 || _words[i].AsSpan().IndexOfAnyInRange('0', '9') >= 0)
            {
                continue;
            }

            var upper = 0;
            var letters = 0;
            var innerUpper = false;
            for (var c = 0; c < raw.Length; c++)
            {
                if (char.IsLetter(raw[c]))
                {
                    letters++;
                    if (char.IsUpper(raw[c]))
                    {
                        upper++;
                        innerUpper |= c > 0;
                    }
                }
            }

            var allUpper = upper == letters;
            if (innerUpper && !allUpper)
            {
                EntityCandidates.Add(_words[i]); // iPhone, SpaceX, McDonald
            }
            else if (caseless || upper == 0)
            {
                continue;
            }
            else if (allUpper && letters >= 2)
            {
                if (!Vocabulary.TechnicalAcronyms.Contains(_words[i]))
                {
                    EntityCandidates.Add(_words[i]); // NASA, BMW
                }
            }
            else if (!_tokens[i].IsSentenceStart && !WordNormalizer.IsStopWord(_words[i]))
            {
                EntityCandidates.Add(_words[i]);
            }
        }
    }

    private void ReadQuotes()
    {
        var text = _prompt.AsSpan();
        var i = 0;
        while (i < text.Length)
        {
            var close = text[i] switch
            {
                '"' => "\"",
                '\u201C' => "\u201D\"",
                '\u00AB' => "\u00BB",
                '\u201E' => "\u201C\u201D",
                _ => null,
            };
            if (close is null)
            {
                i++;
                continue;
            }

            var end = text[(i + 1)..].IndexOfAny(close);
            if (end < 0)
            {
                break;
            }

            AddQuote(text.Slice(i + 1, end));
            i += end + 2;
        }
    }

    private void AddQuote(ReadOnlySpan<char> quoted)
    {
        var tokens = new PromptToken[PromptTokenizer.MaxTokenCount(quoted.Length)];
        var count = PromptTokenizer.Tokenize(quoted, tokens);
        var words = new string[count];
        Span<char> buffer = stackalloc char[WordNormalizer.MaxWordLength];
        for (var i = 0; i < count; i++)
        {
            words[i] = new string(buffer[..WordNormalizer.Fold(quoted.Slice(tokens[i].Start, tokens[i].Length), buffer)]);
        }

        if (count > 0)
        {
            Quotes.Add(string.Join(' ', words));
        }
    }
}
