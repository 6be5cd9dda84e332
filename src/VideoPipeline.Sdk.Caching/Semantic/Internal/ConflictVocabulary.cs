using System.Collections.Frozen;

namespace VideoPipeline.Sdk.Caching.Semantic.Internal;

/// <summary>
/// The word lists of <see cref="PromptConflictGuard"/>: general English vocabulary for numbers, negations, colours,
/// directions, genders and opposite attributes, keyed by the folded word (lower case, no accents, no apostrophes).
/// Immutable, so safe to share between threads.
/// </summary>
internal static class ConflictVocabulary
{
    /// <summary>Cardinal number words and their values; <c>hundred</c>, <c>thousand</c>… multiply what precedes them.</summary>
    public static readonly FrozenDictionary<string, long> Cardinals = new Dictionary<string, long>(StringComparer.Ordinal)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Words that multiply the number before them, or stand for their value alone ("a hundred").</summary>
    public static readonly FrozenDictionary<string, long> Scales = new Dictionary<string, long>(StringComparer.Ordinal)
    {
        ["dozen"] = 12, ["hundred"] = 100, ["thousand"] = 1_000, ["million"] = 1_000_000, ["billion"] = 1_000_000_000,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Ordinal words and their rank; <c>last</c> is its own rank.</summary>
    public static readonly FrozenDictionary<string, string> Ordinals = Groups(
        ("1", "first"), ("2", "second"), ("3", "third"), ("4", "fourth"), ("5", "fifth"), ("6", "sixth"), ("7", "seventh"),
        ("8", "eighth"), ("9", "ninth"), ("10", "tenth"), ("11", "eleventh"), ("12", "twelfth"), ("13", "thirteenth"),
        ("14", "fourteenth"), ("15", "fifteenth"), ("16", "sixteenth"), ("17", "seventeenth"), ("18", "eighteenth"),
        ("19", "nineteenth"), ("20", "twentieth"), ("30", "thirtieth"), ("100", "hundredth"), ("1000", "thousandth"),
        ("last", "last"));

    /// <summary>Words that state a count without digits or a number word.</summary>
    public static readonly FrozenDictionary<string, string> Multiples = Groups(
        ("1", "single once alone solo"),
        ("2", "double twice pair couple twin twins both"),
        ("3", "triple thrice triplets trio"),
        ("4", "quadruple quartet"),
        ("0.5", "half"),
        ("0.25", "quarter"));

    /// <summary>Vague quantities; each is its own value.</summary>
    public static readonly FrozenSet<string> VagueQuantities = FrozenSet.ToFrozenSet(
        ["few", "several", "many", "numerous", "multiple", "countless", "dozens", "hundreds", "thousands", "millions", "handful"],
        StringComparer.Ordinal);

    /// <summary>Every word that <see cref="NumberReader"/> reads as a number or a quantity.</summary>
    public static readonly FrozenSet<string> NumberWords = FrozenSet.ToFrozenSet(
        Cardinals.Keys.Concat(Scales.Keys).Concat(Ordinals.Keys).Concat(Multiples.Keys).Concat(VagueQuantities),
        StringComparer.Ordinal);

    /// <summary>Determiners that make the noun after them singular: "a dog" against "dogs".</summary>
    public static readonly FrozenSet<string> SingularDeterminers = FrozenSet.ToFrozenSet(
        ["a", "an", "one", "single", "each", "every", "this", "another"], StringComparer.Ordinal);

    /// <summary>Words that negate what follows them.</summary>
    public static readonly FrozenSet<string> Negations = FrozenSet.ToFrozenSet(
        [
            "no", "not", "without", "never", "neither", "nor", "cannot", "lacking", "devoid", "excluding", "except", "sans",
            "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent", "cant", "couldnt", "wouldnt", "shouldnt", "wont",
            "havent", "hasnt", "hadnt", "aint", "mustnt", "neednt",
        ],
        StringComparer.Ordinal);

    /// <summary>Negations that are their own object: "nobody", "nothing".</summary>
    public static readonly FrozenSet<string> NegativePronouns = FrozenSet.ToFrozenSet(
        ["none", "nobody", "nothing", "nowhere", "noone"], StringComparer.Ordinal);

    /// <summary>Words skipped when looking for what a negation negates: "no <em>more</em> cars", "not <em>a</em> cloud".</summary>
    public static readonly FrozenSet<string> NegationFiller = FrozenSet.ToFrozenSet(
        [
            "a", "an", "the", "any", "single", "more", "longer", "so", "too", "very", "be", "been", "being", "is", "are", "was",
            "were", "even", "of", "at", "all", "really", "quite", "such", "to", "do", "does", "did", "have", "has", "had", "its",
            "it", "this", "that", "his", "her", "their", "my", "your", "our", "ever", "yet", "just", "get", "got", "one",
        ],
        StringComparer.Ordinal);

    /// <summary>Colour words and their canonical colour; shades of grey and gold spelled several ways are one colour.</summary>
    public static readonly FrozenDictionary<string, string> Colours = Groups(
        ("red", "red reddish"), ("orange", "orange orangey orangish"), ("yellow", "yellow yellowish"),
        ("green", "green greenish"), ("blue", "blue bluish blueish"), ("purple", "purple purplish"), ("violet", "violet"),
        ("pink", "pink pinkish"), ("brown", "brown brownish"), ("black", "black blackish"), ("white", "white whitish"),
        ("gray", "gray grey grayish greyish"), ("silver", "silver silvery"), ("gold", "gold golden"), ("crimson", "crimson"),
        ("scarlet", "scarlet"), ("maroon", "maroon"), ("burgundy", "burgundy"), ("teal", "teal"), ("turquoise", "turquoise"),
        ("cyan", "cyan"), ("aqua", "aqua aquamarine"), ("navy", "navy"), ("indigo", "indigo"), ("magenta", "magenta"),
        ("fuchsia", "fuchsia"), ("lavender", "lavender"), ("lilac", "lilac"), ("mauve", "mauve"), ("beige", "beige"),
        ("tan", "tan"), ("khaki", "khaki"), ("ivory", "ivory"), ("cream", "cream creamy"), ("amber", "amber"),
        ("ochre", "ochre ocher"), ("bronze", "bronze"), ("copper", "copper coppery"), ("coral", "coral"),
        ("salmon", "salmon"), ("peach", "peach"), ("olive", "olive"), ("lime", "lime"), ("emerald", "emerald"),
        ("jade", "jade"), ("mint", "mint"), ("ruby", "ruby"), ("sapphire", "sapphire"), ("cobalt", "cobalt"),
        ("azure", "azure"), ("cerulean", "cerulean"), ("charcoal", "charcoal"), ("ebony", "ebony"), ("sepia", "sepia"),
        ("rust", "rust rusty"), ("mustard", "mustard"), ("plum", "plum"), ("chartreuse", "chartreuse"),
        ("vermilion", "vermilion vermillion"), ("cerise", "cerise"), ("taupe", "taupe"), ("rose", "rose"),
        ("blonde", "blonde blond"), ("auburn", "auburn"), ("brunette", "brunette"), ("platinum", "platinum"),
        ("lemon", "lemon"), ("monochrome", "monochrome monochromatic grayscale greyscale"));

    /// <summary>Direction, position and time words and their canonical value.</summary>
    public static readonly FrozenDictionary<string, string> Directions = Groups(
        ("left", "left leftward leftwards"), ("right", "right rightward rightwards"),
        ("up", "up upward upwards uphill upstairs upstream ascend ascends ascending ascended ascent"),
        ("down", "down downward downwards downhill downstairs downstream descend descends descending descended descent"),
        ("above", "above over atop overhead"), ("below", "below under beneath underneath"),
        ("top", "top"), ("bottom", "bottom"),
        ("before", "before"), ("after", "after"),
        ("front", "front"), ("behind", "behind"),
        ("north", "north northern northward northwards"), ("south", "south southern southward southwards"),
        ("east", "east eastern eastward eastwards"), ("west", "west western westward westwards"),
        ("clockwise", "clockwise"), ("counterclockwise", "counterclockwise anticlockwise"),
        ("inside", "inside indoors indoor interior"), ("outside", "outside outdoors outdoor exterior"),
        ("forward", "forward forwards ahead"), ("backward", "backward backwards reverse reversed rewind rewinding"),
        ("toward", "toward towards"), ("away", "away"),
        ("dawn", "dawn sunrise daybreak"), ("dusk", "dusk sunset sundown nightfall twilight"),
        ("day", "day daytime daylight daylit"), ("night", "night nighttime nights midnight tonight nocturnal overnight"),
        ("noon", "noon midday"), ("morning", "morning mornings"), ("afternoon", "afternoon"), ("evening", "evening evenings"),
        ("summer", "summer summertime summery"), ("winter", "winter wintertime wintry wintery"),
        ("autumn", "autumn autumnal"), ("spring", "spring springtime"));

    /// <summary>Directions that count only after a camera or fade verb: "zoom in", "fade out".</summary>
    public static readonly FrozenDictionary<string, string> CameraDirections = Groups(("in", "in into"), ("out", "out"));

    /// <summary>Verbs after which "in" and "out" are directions.</summary>
    public static readonly FrozenSet<string> CameraVerbs = FrozenSet.ToFrozenSet(
        [
            "zoom", "zooms", "zoomed", "zooming", "dolly", "dollies", "dollying", "push", "pushes", "pushed", "pushing", "pull",
            "pulls", "pulled", "pulling", "fade", "fades", "faded", "fading", "punch", "punches",
        ],
        StringComparer.Ordinal);

    /// <summary>Words before "back" that make it a position ("the back of", "from the back").</summary>
    public static readonly FrozenSet<string> BackDeterminers = FrozenSet.ToFrozenSet(
        ["the", "at", "from", "its", "his", "her", "their"], StringComparer.Ordinal);

    /// <summary>Opposite directions whose order matters when a prompt names both: "from left to right".</summary>
    public static readonly (string First, string Second)[] OppositeDirections =
    [
        ("left", "right"), ("up", "down"), ("above", "below"), ("top", "bottom"), ("before", "after"), ("front", "behind"),
        ("front", "back"), ("north", "south"), ("east", "west"), ("inside", "outside"), ("forward", "backward"),
        ("toward", "away"), ("in", "out"), ("dawn", "dusk"), ("day", "night"), ("morning", "evening"), ("summer", "winter"),
    ];

    /// <summary>Gendered words: the gender, and the person noun they name (empty for pronouns and adjectives).</summary>
    public static readonly FrozenDictionary<string, (char Gender, string Noun)> Genders = BuildGenders(
        ('m', "", "he him his himself male males masculine sir mr"),
        ('f', "", "she her hers herself female females feminine madam maam mrs ms"),
        ('m', "man", "man men guy guys gentleman gentlemen gent"),
        ('f', "woman", "woman women lady ladies"),
        ('m', "boy", "boy boys lad lads"),
        ('f', "girl", "girl girls lass"),
        ('m', "father", "father fathers dad dads daddy papa"),
        ('f', "mother", "mother mothers mom moms mum mums mommy mummy mama"),
        ('m', "son", "son sons"),
        ('f', "daughter", "daughter daughters"),
        ('m', "brother", "brother brothers"),
        ('f', "sister", "sister sisters"),
        ('m', "husband", "husband husbands"),
        ('f', "wife", "wife wives"),
        ('m', "boyfriend", "boyfriend boyfriends"),
        ('f', "girlfriend", "girlfriend girlfriends"),
        ('m', "grandfather", "grandfather grandfathers grandpa grandad granddad"),
        ('f', "grandmother", "grandmother grandmothers grandma granny grandmom"),
        ('m', "grandson", "grandson grandsons"),
        ('f', "granddaughter", "granddaughter granddaughters"),
        ('m', "uncle", "uncle uncles"),
        ('f', "aunt", "aunt aunts auntie"),
        ('m', "nephew", "nephew nephews"),
        ('f', "niece", "niece nieces"),
        ('m', "king", "king kings"),
        ('f', "queen", "queen queens"),
        ('m', "prince", "prince princes"),
        ('f', "princess", "princess princesses"),
        ('m', "emperor", "emperor emperors"),
        ('f', "empress", "empress empresses"),
        ('m', "lord", "lord lords duke dukes"),
        ('f', "lady", "duchess duchesses"),
        ('m', "actor", "actor actors"),
        ('f', "actress", "actress actresses"),
        ('m', "waiter", "waiter waiters"),
        ('f', "waitress", "waitress waitresses"),
        ('m', "groom", "groom grooms bridegroom"),
        ('f', "bride", "bride brides"),
        ('m', "businessman", "businessman businessmen"),
        ('f', "businesswoman", "businesswoman businesswomen"),
        ('m', "policeman", "policeman policemen"),
        ('f', "policewoman", "policewoman policewomen"),
        ('m', "fisherman", "fisherman fishermen"),
        ('m', "monk", "monk monks"),
        ('f', "nun", "nun nuns"),
        ('m', "god", "god"),
        ('f', "goddess", "goddess goddesses"),
        ('f', "heroine", "heroine heroines"));

    /// <summary>Attribute words: the kind of attribute and the value. A word can belong to several kinds ("short").</summary>
    public static readonly FrozenDictionary<string, (string Kind, string Value)[]> Attributes = BuildAttributes(
        ("size", "big", "big large huge giant enormous massive gigantic immense vast"),
        ("size", "small", "small little tiny miniature mini petite"),
        ("speed", "fast", "fast quick quickly rapid rapidly speedy swift swiftly hurried"),
        ("speed", "slow", "slow slowly sluggish leisurely"),
        ("age", "old", "old elderly aged ancient"),
        ("age", "young", "young youthful"),
        ("age", "new", "new modern futuristic"),
        ("temperature", "hot", "hot warm heated boiling scorching steaming"),
        ("temperature", "cold", "cold cool chilly icy iced freezing frozen"),
        ("brightness", "bright", "bright brightly luminous"),
        ("brightness", "dark", "dark dim dimly darkened unlit"),
        ("loudness", "loud", "loud loudly noisy booming deafening"),
        ("loudness", "quiet", "quiet quietly silent silently hushed"),
        ("wetness", "wet", "wet damp soaked soaking drenched"),
        ("wetness", "dry", "dry arid parched"),
        ("fullness", "full", "full filled packed crowded"),
        ("fullness", "empty", "empty deserted vacant"),
        ("openness", "open", "open opened opens opening"),
        ("openness", "closed", "closed shut closes"),
        ("height", "tall", "tall"),
        ("height", "short", "short"),
        ("length", "long", "long lengthy"),
        ("length", "short", "short brief"),
        ("level", "high", "high"),
        ("level", "low", "low"),
        ("width", "wide", "wide broad"),
        ("width", "narrow", "narrow"),
        ("thickness", "thick", "thick"),
        ("thickness", "thin", "thin"),
        ("hardness", "soft", "soft softly"),
        ("hardness", "hard", "hard harsh"),
        ("cleanliness", "clean", "clean tidy neat spotless"),
        ("cleanliness", "dirty", "dirty messy cluttered filthy"),
        ("life", "alive", "alive"),
        ("life", "dead", "dead"),
        ("beauty", "beautiful", "beautiful pretty gorgeous"),
        ("beauty", "ugly", "ugly hideous"),
        ("mood", "happy", "happy happily joyful cheerful cheerfully glad joyous merry"),
        ("mood", "sad", "sad sadly unhappy sorrowful melancholy melancholic mournful"),
        ("mood", "angry", "angry angrily furious"),
        ("mood", "scared", "scared afraid frightened fearful terrified"),
        ("energy", "calm", "calm calmly peaceful tranquil serene relaxing relaxed soothing"),
        ("energy", "energetic", "energetic upbeat lively frantic"),
        ("weather", "sunny", "sunny sunshine"),
        ("weather", "rain", "rain rainy raining rainfall drizzle drizzling downpour"),
        ("weather", "snow", "snow snowy snowing snowfall blizzard"),
        ("weather", "storm", "storm stormy thunderstorm thunder"),
        ("weather", "fog", "fog foggy mist misty haze hazy"),
        ("weather", "cloud", "cloudy overcast"),
        ("weather", "clear", "clear cloudless"),
        ("weather", "wind", "windy"));

    /// <summary>Acronyms of technique or format, which name no entity: "HDR", "POV", "CGI".</summary>
    public static readonly FrozenSet<string> TechnicalAcronyms = FrozenSet.ToFrozenSet(
        [
            "hd", "uhd", "hdr", "sdr", "fhd", "qhd", "cgi", "vfx", "sfx", "pov", "fpv", "vhs", "dslr", "slr", "led", "lcd", "ui",
            "ux", "ai", "asmr", "bpm", "fps", "rgb", "cmyk", "diy", "tv", "dj", "mc", "ok", "bw", "nsfw", "sd", "iso", "lut", "vr",
            "ar", "xl", "xxl", "eq", "lofi", "edm", "rnb", "pbr", "gif", "png", "jpg", "jpeg", "mp4", "mp3", "wav", "cg",
        ],
        StringComparer.Ordinal);

    private static FrozenDictionary<string, string> Groups(params (string Value, string Words)[] groups)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (value, words) in groups)
        {
            foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                map[word] = value;
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenDictionary<string, (char Gender, string Noun)> BuildGenders(params (char Gender, string Noun, string Words)[] groups)
    {
        var map = new Dictionary<string, (char, string)>(StringComparer.Ordinal);
        foreach (var (gender, noun, words) in groups)
        {
            foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                map[word] = (gender, noun);
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenDictionary<string, (string Kind, string Value)[]> BuildAttributes(params (string Kind, string Value, string Words)[] groups)
    {
        var map = new Dictionary<string, List<(string, string)>>(StringComparer.Ordinal);
        foreach (var (kind, value, words) in groups)
        {
            foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!map.TryGetValue(word, out var list))
                {
                    map[word] = list = [];
                }

                list.Add((kind, value));
            }
        }

        return map.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal);
    }
}
