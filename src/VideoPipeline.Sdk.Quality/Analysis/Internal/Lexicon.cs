using System.Collections.Frozen;

namespace VideoPipeline.Sdk.Quality.Analysis.Internal;

/// <summary>
/// The merged lexicon: every known word with its traits, visual subject and content-type evidence, in one frozen,
/// case-insensitive dictionary that is looked up with a span of the text (no string per word). Built once.
/// </summary>
internal static class Lexicon
{
    private static readonly FrozenDictionary<string, LexiconEntry> Entries = Build();

    private static readonly FrozenSet<string> CameraPhraseSet = MotionTerms.CameraPhrases.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets the number of distinct visual subjects (the range of <see cref="LexiconEntry.VisualId"/>).</summary>
    public static int VisualSubjectCount { get; } = Entries.Values.Max(entry => entry.VisualId) + 1;

    /// <summary>Looks a word up by a span of the text, ignoring case.</summary>
    public static FrozenDictionary<string, LexiconEntry>.AlternateLookup<ReadOnlySpan<char>> Words { get; } =
        Entries.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Looks a two-word camera phrase up, the words separated by one space, ignoring case.</summary>
    public static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CameraPhrases { get; } =
        CameraPhraseSet.GetAlternateLookup<ReadOnlySpan<char>>();

    private static FrozenDictionary<string, LexiconEntry> Build()
    {
        var traits = new Dictionary<string, WordTraits>(StringComparer.OrdinalIgnoreCase);
        var visualIds = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var weights = new Dictionary<string, float[]>(StringComparer.OrdinalIgnoreCase);

        void Add(string word, WordTraits trait) => traits[word] = traits.GetValueOrDefault(word) | trait;

        foreach (var word in StopWords.Words)
        {
            Add(word, WordTraits.Stop);
        }

        foreach (var word in StopWords.Abbreviations)
        {
            Add(word, WordTraits.Abbreviation);
        }

        foreach (var form in MotionTerms.ActionVerbs.SelectMany(Inflections.VerbForms).Concat(MotionTerms.IrregularActionForms))
        {
            Add(form, WordTraits.Action);
        }

        foreach (var form in MotionTerms.CameraVerbs.SelectMany(Inflections.VerbForms).Concat(MotionTerms.CameraWords))
        {
            Add(form, WordTraits.Camera);
        }

        foreach (var phrase in MotionTerms.CameraPhrases)
        {
            Add(phrase[(phrase.IndexOf(' ', StringComparison.Ordinal) + 1)..], WordTraits.CameraPhraseEnd);
        }

        var nextVisualId = 0;
        foreach (var noun in VisualTerms.Nouns.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var id = nextVisualId++;
            foreach (var form in new[] { noun, Inflections.Plural(noun) })
            {
                Add(form, WordTraits.Visual);
                visualIds.TryAdd(form, id);
            }
        }

        foreach (var descriptor in VisualTerms.Descriptors.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            Add(descriptor, WordTraits.Visual);
            if (visualIds.TryAdd(descriptor, nextVisualId))
            {
                nextVisualId++;
            }
        }

        foreach (var (type, weight, words) in ContentTypeKeywords.Sets)
        {
            foreach (var word in words.Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (!weights.TryGetValue(word, out var perType))
                {
                    perType = new float[ContentTypeClassifier.TypeCount];
                    weights[word] = perType;
                }

                perType[(int)type] += weight;
                traits.TryAdd(word, WordTraits.None);
            }
        }

        return traits.ToFrozenDictionary(
            pair => pair.Key,
            pair => new LexiconEntry(pair.Value, visualIds.GetValueOrDefault(pair.Key, -1), weights.GetValueOrDefault(pair.Key)),
            StringComparer.OrdinalIgnoreCase);
    }
}
