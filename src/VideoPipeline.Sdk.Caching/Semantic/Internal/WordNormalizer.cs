using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;

namespace VideoPipeline.Sdk.Caching.Semantic.Internal;

/// <summary>
/// Turns a word of a prompt into the form the lexical embedder hashes: case-folded, accents and apostrophes removed,
/// British spellings and common synonyms of prompt vocabulary mapped to one form, and inflections stripped by a light
/// stemmer (plurals, <c>-ing</c>, <c>-ed</c>, <c>-ly</c>, <c>-ation</c>, a final <c>e</c>). It also tells function words and request
/// boilerplate apart from content words. The tables are immutable and the methods allocate nothing, so it is thread-safe.
/// </summary>
internal static class WordNormalizer
{
    /// <summary>The longest normalized word; longer words are cut.</summary>
    public const int MaxWordLength = 48;

    // One form for spellings and synonyms that a prompt uses interchangeably. Keys are singular, unsuffixed words; values
    // are stemmed again after the lookup. The lists are general prompt vocabulary, not words of any test prompt.
    private static readonly FrozenDictionary<string, string> Canonical = BuildCanonical(
        ("color", "colour"),
        ("colorful", "colourful colorfull multicolored multicoloured"),
        ("gray", "grey"),
        ("grayish", "greyish"),
        ("cozy", "cosy"),
        ("favorite", "favourite"),
        ("center", "centre"),
        ("theater", "theatre"),
        ("harbor", "harbour"),
        ("neighbor", "neighbour"),
        ("armor", "armour"),
        ("flavor", "flavour"),
        ("honor", "honour"),
        ("jewelry", "jewellery"),
        ("aluminum", "aluminium"),
        ("meter", "metre"),
        ("donut", "doughnut"),
        ("pajamas", "pyjamas"),
        ("mustache", "moustache"),
        ("dialog", "dialogue"),
        ("image", "photo photograph picture pic snapshot imagery"),
        ("video", "footage clip videoclip"),
        ("film", "movie"),
        ("big", "large huge enormous giant gigantic massive immense"),
        ("small", "little tiny miniature mini"),
        ("fast", "quick rapid speedy swift"),
        ("beautiful", "gorgeous stunning breathtaking lovely pretty magnificent exquisite wonderful amazing awesome spectacular"),
        ("happy", "joyful cheerful glad joyous merry jolly"),
        ("sad", "unhappy sorrowful melancholy melancholic mournful"),
        ("angry", "furious enraged irate"),
        ("scary", "creepy spooky eerie frightening terrifying"),
        ("scared", "afraid frightened fearful terrified"),
        ("calm", "peaceful tranquil serene relaxing relaxed soothing placid"),
        ("sofa", "couch settee"),
        ("child", "kid youngster"),
        ("bicycle", "bike"),
        ("car", "automobile"),
        ("sea", "ocean"),
        ("forest", "woods woodland"),
        ("rabbit", "bunny"),
        ("shop", "store"),
        ("start", "begin commence"),
        ("end", "finish"),
        ("speak", "talk"),
        ("jump", "leap"),
        ("realistic", "photorealistic lifelike hyperrealistic photoreal"),
        ("cinematic", "filmic"),
        ("dark", "dim"),
        ("shiny", "glossy"),
        ("old", "elderly aged"),
        ("young", "youthful"),
        ("modern", "contemporary"),
        ("dawn", "sunrise daybreak"),
        ("dusk", "sunset sundown nightfall"),
        ("night", "nighttime"),
        ("day", "daytime"),
        ("song", "tune"),
        ("no", "not without never cannot dont doesnt didnt isnt arent wasnt werent cant couldnt wouldnt shouldnt wont havent hasnt hadnt aint"));

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CanonicalLookup =
        Canonical.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, string> IrregularPlurals = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["men"] = "man",
        ["women"] = "woman",
        ["children"] = "child",
        ["people"] = "person",
        ["mice"] = "mouse",
        ["feet"] = "foot",
        ["teeth"] = "tooth",
        ["geese"] = "goose",
        ["leaves"] = "leaf",
        ["wolves"] = "wolf",
        ["knives"] = "knife",
        ["lives"] = "life",
        ["shelves"] = "shelf",
        ["halves"] = "half",
        ["thieves"] = "thief",
        ["wives"] = "wife",
        ["calves"] = "calf",
        ["loaves"] = "loaf",
        ["scarves"] = "scarf",
        ["elves"] = "elf",
        ["dwarves"] = "dwarf",
        ["oxen"] = "ox",
        ["cacti"] = "cactus",
        ["fungi"] = "fungus",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly SearchValues<char> Vowels = SearchValues.Create("aeiouy");

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> IrregularLookup =
        IrregularPlurals.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string> StopWords = FrozenSet.ToFrozenSet(
        """
        a an the of in on at to for with and or by from into onto upon as is are was were be been being am it its this that
        these those some any very so there their theirs his her hers him he she they them we us our ours you your yours my
        me i while then than which who whom whose what where when how also has have had do does did can could would should
        will shall may might must about each every such own too all other another here s im id ive youre along across
        through around near beside next among within amid via per whilst thats
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StopLookup = StopWords.GetAlternateLookup<ReadOnlySpan<char>>();

    // Request boilerplate and generic quality boosters, normalized with the rules above when the type initializes.
    private static readonly FrozenSet<string> WeakWords = NormalizeAll(
        """
        please kindly hey hi generate create make render produce show give want need like get draw design depict depicting
        write compose music song audio
        showing featuring feature quality hq detailed detail highly resolution masterpiece beautiful image video
        shot scene view style version ai generated nice good great simple just really
        """);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WeakLookup = WeakWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Normalizes one word.</summary>
    /// <param name="word">The word as it appears in the prompt.</param>
    /// <param name="destination">Receives the normalized word; at least <see cref="MaxWordLength"/> long.</param>
    /// <param name="wordClass">Whether the word is a content word, boilerplate or a function word.</param>
    /// <returns>The length of the normalized word; 0 when the word has no letters or digits.</returns>
    public static int Normalize(ReadOnlySpan<char> word, Span<char> destination, out WordClass wordClass)
    {
        var length = Fold(word, destination);
        var folded = destination[..length];
        if (StopLookup.Contains(folded))
        {
            wordClass = WordClass.Stop;
            return length;
        }

        length = Canonicalize(destination, length);
        wordClass = WeakLookup.Contains(destination[..length]) ? WordClass.Weak : WordClass.Content;
        return length;
    }

    /// <summary>
    /// Lower-cases a word and drops accents, apostrophes and thousands separators; the first step of <see cref="Normalize"/>.
    /// </summary>
    /// <param name="word">The word.</param>
    /// <param name="destination">Receives the folded word; at least <see cref="MaxWordLength"/> long.</param>
    /// <returns>The length written.</returns>
    public static int Fold(ReadOnlySpan<char> word, Span<char> destination)
    {
        var length = 0;
        foreach (var c in word)
        {
            // Apostrophes, thousands separators and combining accents go; a decimal point or a colon between digits stays.
            if (!(PromptTokenizer.IsWordChar(c) || c is '.' or ':') || char.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (length == MaxWordLength)
            {
                break;
            }

            destination[length++] = FoldChar(char.ToLowerInvariant(c));
        }

        return length;
    }

    /// <summary>Gets a value indicating whether a folded word is a function word.</summary>
    /// <param name="folded">The word, folded with <see cref="Fold"/>.</param>
    /// <returns><see langword="true"/> for articles, prepositions, pronouns and auxiliaries.</returns>
    public static bool IsStopWord(ReadOnlySpan<char> folded) => StopLookup.Contains(folded);

    /// <summary>Turns a folded plural into its singular: irregular plurals from a table, regular ones by their ending.</summary>
    /// <param name="word">The folded word; changed in place.</param>
    /// <param name="length">The length of the word.</param>
    /// <returns>The new length; unchanged when the word does not look plural.</returns>
    public static int Singularize(Span<char> word, int length)
    {
        if (IrregularLookup.TryGetValue(word[..length], out var singular))
        {
            singular.CopyTo(word);
            return singular.Length;
        }

        var w = word[..length];
        if (length >= 5 && w.EndsWith("ies"))
        {
            word[length - 3] = 'y';
            return length - 2;
        }

        if (length >= 5 && w.EndsWith("sses"))
        {
            return length - 2;
        }

        if (length >= 4 && w.EndsWith("es") && (w[^3] is 's' or 'x' or 'z' || w[..^2].EndsWith("ch") || w[..^2].EndsWith("sh")))
        {
            return length - 2;
        }

        if (length >= 4 && w[^1] == 's' && w[^2] is not ('s' or 'u' or 'i'))
        {
            return length - 1;
        }

        return length;
    }

    private static int Canonicalize(Span<char> word, int length)
    {
        if (CanonicalLookup.TryGetValue(word[..length], out var canonical))
        {
            return StemCanonical(canonical, word);
        }

        var singular = Singularize(word, length);
        if (singular != length && CanonicalLookup.TryGetValue(word[..singular], out canonical))
        {
            return StemCanonical(canonical, word);
        }

        length = StripSuffix(word, singular);
        if (length != singular && CanonicalLookup.TryGetValue(word[..length], out canonical))
        {
            return StemCanonical(canonical, word);
        }

        return DropFinalE(word, length);
    }

    private static int StemCanonical(string canonical, Span<char> word)
    {
        canonical.CopyTo(word);
        return DropFinalE(word, StripSuffix(word, canonical.Length));
    }

    private static int StripSuffix(Span<char> word, int length)
    {
        var w = word[..length];
        if (length >= 6 && w.EndsWith("ily"))
        {
            word[length - 3] = 'y';
            return length - 2;
        }

        if (length >= 5 && w.EndsWith("ied"))
        {
            word[length - 3] = 'y';
            return length - 2;
        }

        if (length >= 7 && w.EndsWith("ation"))
        {
            return length - 3;
        }

        if (length >= 6 && w.EndsWith("ing") && HasVowel(w[..^3]))
        {
            return Undouble(word, length - 3);
        }

        if (length >= 5 && w.EndsWith("ed") && !w.EndsWith("eed") && HasVowel(w[..^2]))
        {
            return Undouble(word, length - 2);
        }

        if (length >= 6 && w.EndsWith("ly"))
        {
            return length - 2;
        }

        return length;
    }

    private static int DropFinalE(Span<char> word, int length) =>
        length >= 4 && word[length - 1] == 'e' && word[length - 2] != 'e' ? length - 1 : length;

    private static int Undouble(Span<char> word, int length) =>
        length >= 3 && word[length - 1] == word[length - 2] && word[length - 1] is not ('l' or 's' or 'z') && IsConsonant(word[length - 1])
            ? length - 1
            : length;

    private static bool HasVowel(ReadOnlySpan<char> word) => word.IndexOfAny(Vowels) >= 0;

    private static bool IsConsonant(char c) => c is >= 'a' and <= 'z' && "aeiou".IndexOf(c) < 0;

    private static char FoldChar(char c) => c switch
    {
        >= '\u00E0' and <= '\u00E5' or '\u0101' or '\u0103' or '\u0105' or '\u00E6' => 'a',
        '\u00E7' or '\u0107' or '\u010D' => 'c',
        >= '\u00E8' and <= '\u00EB' or '\u0113' or '\u0117' or '\u0119' or '\u011B' => 'e',
        >= '\u00EC' and <= '\u00EF' or '\u012B' => 'i',
        '\u00F1' or '\u0144' or '\u0148' => 'n',
        >= '\u00F2' and <= '\u00F6' or '\u00F8' or '\u014D' or '\u0153' => 'o',
        >= '\u00F9' and <= '\u00FC' or '\u016B' or '\u016F' => 'u',
        '\u00FD' or '\u00FF' => 'y',
        '\u00DF' or '\u0161' or '\u015B' => 's',
        '\u017E' or '\u017A' or '\u017C' => 'z',
        _ => c,
    };

    private static FrozenDictionary<string, string> BuildCanonical(params (string Canonical, string Variants)[] groups)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (canonical, variants) in groups)
        {
            foreach (var variant in variants.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                map.Add(variant, canonical);
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenSet<string> NormalizeAll(string words)
    {
        Span<char> buffer = stackalloc char[MaxWordLength];
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words.Split((char[])[' ', '\n', '\r', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            var length = Canonicalize(buffer, Fold(word, buffer));
            set.Add(new string(buffer[..length]));
        }

        return set.ToFrozenSet(StringComparer.Ordinal);
    }
}
