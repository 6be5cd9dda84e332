using System.Collections.Frozen;

namespace VideoPipeline.Sdk.Styles.Recommendations.Internal;

/// <summary>
/// The recommender's fixed vocabulary: groups of words and tags that mean the same for choosing a style (each word in one
/// group only), the frame each kind of platform prefers, and the script keywords that suggest a mood, purpose or audience.
/// </summary>
internal static class StyleVocabulary
{
    private static readonly FrozenDictionary<string, string> Concepts = BuildConcepts(new Dictionary<string, string[]>
    {
        // Moods.
        ["energetic"] = ["energetic", "energy", "exciting", "excited", "hype", "dynamic", "high-energy", "fast-paced", "lively", "intense", "action", "bold"],
        ["happy"] = ["upbeat", "joyful", "happy", "cheerful", "positive", "optimistic", "carefree", "sunny", "bright", "fresh"],
        ["playful"] = ["playful", "fun", "funny", "whimsical", "quirky", "silly", "humorous", "charming", "cute", "cosy", "cozy"],
        ["calm"] = ["calm", "relaxing", "relaxed", "peaceful", "soothing", "serene", "gentle", "quiet", "tranquil"],
        ["epic"] = ["epic", "dramatic", "grand", "majestic", "awe", "awe-inspiring", "powerful", "sweeping", "heroic"],
        ["dark"] = ["dark", "mysterious", "moody", "tense", "suspenseful", "scary", "eerie", "noir", "gritty", "edgy", "thriller", "mystery"],
        ["emotional"] = ["emotional", "tender", "touching", "heartfelt", "moving", "melancholic", "sad", "reflective", "nostalgic", "sentimental", "intimate"],
        ["inspiring"] = ["inspiring", "inspirational", "uplifting", "motivational", "hopeful", "aspirational"],
        ["luxury"] = ["luxurious", "luxury", "elegant", "premium", "sophisticated", "sensual", "classy", "upscale", "high-end", "glamorous"],
        ["trust"] = ["trustworthy", "credible", "reassuring", "honest", "authentic", "genuine", "relatable", "real", "sincere"],
        ["serious"] = ["serious", "professional", "formal", "precise", "focused", "composed", "measured", "data-driven"],
        ["confident"] = ["confident", "assertive", "strong", "determined"],
        ["friendly"] = ["friendly", "warm", "welcoming", "approachable", "casual", "collaborative", "human"],
        ["clear"] = ["clear", "simple", "clean", "minimal", "informative", "straightforward"],
        ["curious"] = ["curious", "wonder", "fascinating", "intriguing", "inquisitive"],
        ["futuristic"] = ["futuristic", "sci-fi", "science-fiction", "techy", "cyberpunk", "high-tech", "neon"],
        ["dreamy"] = ["dreamy", "magical", "fairytale", "poetic", "storybook"],

        // Purposes.
        ["advertising"] = ["advertising", "ad", "ads", "advert", "commercial", "promo", "promotion", "marketing", "campaign", "brand-awareness", "social-campaign"],
        ["launch"] = ["launch", "product-launch", "product-drop", "tech-launch", "release", "unveiling", "drop"],
        ["showcase"] = ["product-showcase", "showcase", "demo", "product-demo"],
        ["explainer"] = ["explainer", "tutorial", "how-to", "e-learning", "lesson", "training", "course", "education", "teaching", "instruction", "learning", "onboarding"],
        ["documentary"] = ["documentary", "science", "environment", "nature", "wildlife", "natural-history"],
        ["story"] = ["storytelling", "story", "short-film", "narrative", "film", "brand-story", "brand-film"],
        ["testimonial"] = ["testimonial", "review", "social-proof", "case-study", "customer-story", "user-generated", "ugc"],
        ["sales"] = ["direct-response", "sales", "conversion", "offer", "performance-marketing"],
        ["recruiting"] = ["recruiting", "hiring", "recruitment", "employer-branding", "careers", "culture", "jobs"],
        ["leadership"] = ["leadership-message", "announcement", "town-hall", "ceo-update", "all-hands", "internal-communication"],
        ["reporting"] = ["investor-relations", "results", "earnings", "esg-report", "annual-report", "report", "financial-results", "strategy", "presentation", "pitch"],
        ["vlog"] = ["vlog", "behind-the-scenes", "day-in-the-life", "influencer-content", "creator", "community", "bts", "influencer"],
        ["trailer"] = ["trailer", "teaser"],
        ["music"] = ["music-video", "music", "concert"],
        ["gaming"] = ["gaming", "game", "games", "esports", "gamers", "twitch"],
        ["sports"] = ["sports", "sport", "fitness", "workout", "athletes", "trend"],
        ["event"] = ["event-promo", "event", "events", "conference", "festival"],
        ["children"] = ["children", "kids", "kid", "childrens", "kids-apps"],
        ["charity"] = ["charity-appeal", "charity", "nonprofit", "non-profit", "fundraising", "donation", "cause"],

        // Audiences.
        ["business"] = ["business", "b2b", "corporate", "professionals", "executives", "enterprise", "decision-makers", "managers", "clients"],
        ["investors"] = ["investors", "stakeholders", "analysts", "shareholders", "board"],
        ["employees"] = ["employees", "staff", "team", "workforce", "internal", "colleagues"],
        ["youth"] = ["gen-z", "young-adults", "teens", "teenagers", "youth", "millennials", "young-people"],
        ["learners"] = ["learners", "students", "pupils", "trainees"],
        ["consumers"] = ["consumers", "shoppers", "customers", "buyers", "b2c"],
        ["general"] = ["general", "everyone", "all-ages", "mass-market", "general-public"],
        ["families"] = ["families", "parents", "family"],
        ["fans"] = ["fans", "followers", "subscribers"],
        ["tech"] = ["tech-enthusiasts", "developers", "engineers", "early-adopters", "geeks"],
        ["affluent"] = ["affluent-consumers", "luxury-buyers", "high-net-worth", "collectors", "affluent"],
        ["candidates"] = ["candidates", "job-seekers", "applicants", "graduates"],
        ["adults"] = ["adults", "film-lovers", "cinephiles"],

        // Platforms.
        ["vertical"] = ["tiktok", "instagram-reels", "reels", "youtube-shorts", "shorts", "snapchat", "stories", "instagram-stories", "vertical", "mobile"],
        ["feed"] = ["instagram", "facebook", "pinterest", "feed"],
        ["video-site"] = ["youtube", "vimeo", "web", "website", "online"],
        ["tv"] = ["tv", "streaming", "broadcast", "television", "ott"],
        ["cinema"] = ["cinema", "theatrical", "big-screen", "theater", "theatre"],
        ["work-network"] = ["linkedin", "intranet", "careers-site", "investor-site"],
        ["learning-platform"] = ["lms", "learning-platform", "classroom"],
    });

    private static readonly AspectRatio Vertical = new(9, 16);
    private static readonly AspectRatio Portrait = new(4, 5);
    private static readonly AspectRatio Square = new(1, 1);
    private static readonly AspectRatio Landscape = new(16, 9);
    private static readonly AspectRatio Wide = new(21, 9);

    private static readonly FrozenDictionary<string, FramePreference> Frames = new Dictionary<string, FramePreference>
    {
        ["vertical"] = new(Vertical, [Portrait, Square]),
        ["feed"] = new(Portrait, [Square, Vertical]),
        ["video-site"] = new(Landscape, [Wide]),
        ["tv"] = new(Landscape, [Wide]),
        ["cinema"] = new(Wide, [Landscape]),
        ["work-network"] = new(Landscape, [Square, Portrait]),
        ["learning-platform"] = new(Landscape, []),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, ScriptCue> Cues = BuildCues(
    [
        (RecommendationDimension.Purpose, "leadership-message", ["ceo", "chairman", "leadership", "founder"]),
        (RecommendationDimension.Purpose, "results", ["investors", "shareholders", "quarter", "quarterly", "revenue", "earnings", "profit", "margin", "dividend"]),
        (RecommendationDimension.Purpose, "recruiting", ["hiring", "careers", "recruit", "colleagues", "culture"]),
        (RecommendationDimension.Purpose, "explainer", ["learn", "lesson", "explain", "explains", "step", "steps", "tutorial", "understand"]),
        (RecommendationDimension.Purpose, "documentary", ["wildlife", "forest", "ocean", "animals", "species", "planet", "nature", "climate", "habitat"]),
        (RecommendationDimension.Audience, "children", ["kids", "children", "bedtime", "fairy", "dragon", "princess", "bunny"]),
        (RecommendationDimension.Purpose, "product-launch", ["launch", "launching", "introducing", "unveil", "unveiling"]),
        (RecommendationDimension.Purpose, "direct-response", ["sale", "discount", "offer", "buy", "order", "shop", "coupon"]),
        (RecommendationDimension.Purpose, "review", ["review", "honestly", "tried", "recommend", "obsessed"]),
        (RecommendationDimension.Mood, "futuristic", ["neon", "cyber", "future", "futuristic", "robot", "hacker", "hologram", "android"]),
        (RecommendationDimension.Purpose, "gaming", ["game", "gamer", "gaming", "player", "boss"]),
        (RecommendationDimension.Mood, "mysterious", ["detective", "mystery", "murder", "crime", "shadows", "suspect", "alibi"]),
        (RecommendationDimension.Mood, "luxurious", ["luxury", "elegant", "diamond", "perfume", "fragrance", "jewellery", "jewelry"]),
        (RecommendationDimension.Purpose, "sports", ["goal", "match", "race", "workout", "gym", "sneakers", "athlete"]),
        (RecommendationDimension.Purpose, "vlog", ["vlog", "subscribe", "followers", "routine", "guys"]),
        (RecommendationDimension.Mood, "emotional", ["love", "memory", "memories", "grief", "mother", "father", "grandmother", "remember"]),
        (RecommendationDimension.Mood, "epic", ["epic", "battle", "hero", "legend", "kingdom", "empire"]),
        (RecommendationDimension.Audience, "employees", ["team", "office", "workplace", "employees"]),
    ]);

    /// <summary>Gets the meaning a term or tag shares with others, or <see langword="null"/>: its own group, else its first word's.</summary>
    public static string? ConceptOf(string term, string[] words)
    {
        if (Concepts.TryGetValue(term, out var concept))
        {
            return concept;
        }

        foreach (var word in words)
        {
            if (Concepts.TryGetValue(word, out concept))
            {
                return concept;
            }
        }

        return null;
    }

    /// <summary>Gets the frame a platform prefers, or <see langword="null"/> for an unknown platform.</summary>
    public static FramePreference? FrameOf(string? concept) => concept is not null && Frames.TryGetValue(concept, out var frame) ? frame : null;

    /// <summary>Gets the cue a script word gives, or <see langword="null"/>.</summary>
    public static ScriptCue? CueOf(string word) => Cues.TryGetValue(word, out var cue) ? cue : null;

    /// <summary>Splits a normalized term or tag into its words (runs of letters and digits).</summary>
    public static string[] WordsOf(string term) =>
        term.Split(['-', ' ', '_', '/', '.', ',', '\''], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static FrozenDictionary<string, string> BuildConcepts(Dictionary<string, string[]> groups) =>
        groups.SelectMany(group => group.Value.Select(word => KeyValuePair.Create(word, group.Key))).ToFrozenDictionary(StringComparer.Ordinal);

    private static FrozenDictionary<string, ScriptCue> BuildCues((RecommendationDimension Dimension, string Term, string[] Keywords)[] cues) =>
        cues.SelectMany(cue => cue.Keywords.Select(keyword => KeyValuePair.Create(keyword, new ScriptCue(keyword, cue.Dimension, cue.Term))))
            .ToFrozenDictionary(StringComparer.Ordinal);
}
