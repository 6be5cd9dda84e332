namespace VideoPipeline.Sdk.Quality.Analysis.Internal;

/// <summary>
/// Keyword evidence for each <see cref="ContentType"/>: strong words (weight 2) are rarely used outside the type, common
/// words (weight 1) lean towards it. Hashtags, mentions and emoji add evidence for <see cref="ContentType.Social"/> in
/// the scanner.
/// </summary>
internal static class ContentTypeKeywords
{
    public static readonly (ContentType Type, float Weight, string[] Words)[] Sets =
    [
        (ContentType.Narrative, 2,
        [
            "once", "whispered", "whispers", "murmured", "remembered", "grandmother", "grandfather", "suddenly", "tears",
            "sighed", "smiled", "frowned", "gasped", "wondered", "realized", "realised", "dreamed", "dreamt", "heartbeat",
            "forever", "stranger", "journey", "kingdom", "princess", "prince", "villagers", "ghost", "secret",
        ]),
        (ContentType.Narrative, 1,
        [
            "she", "he", "her", "his", "felt", "knew", "looked", "walked", "heart", "night", "dream", "door", "ago",
            "village", "silence", "alone", "mother", "father", "daughter", "son", "old", "girl", "boy", "home", "afraid",
            "story", "waited", "turned", "stared", "softly", "love", "lost", "found", "years",
        ]),
        (ContentType.Educational, 2,
        [
            "learn", "learning", "lesson", "lessons", "explain", "explains", "explained", "example", "examples",
            "definition", "concept", "concepts", "students", "student", "theory", "formula", "equation", "tutorial",
            "diagram", "photosynthesis", "molecules", "molecule", "quiz", "curriculum", "understand", "understanding",
            "recap", "chapter", "exercise", "hypothesis", "experiment",
        ]),
        (ContentType.Educational, 1,
        [
            "process", "step", "steps", "science", "history", "energy", "cells", "study", "course", "called", "means",
            "therefore", "first", "second", "third", "finally", "why", "how", "works", "happens", "key", "remember",
            "basics", "introduction", "simple", "notice", "fact", "facts",
        ]),
        (ContentType.Marketing, 2,
        [
            "buy", "sale", "discount", "offer", "limited", "exclusive", "introducing", "order", "shop", "deal", "deals",
            "guarantee", "guaranteed", "upgrade", "checkout", "promo", "coupon", "bestseller", "bestselling",
            "shipping", "risk-free", "money-back", "price", "pricing",
        ]),
        (ContentType.Marketing, 1,
        [
            "new", "free", "save", "today", "try", "product", "products", "brand", "customers", "premium", "perfect",
            "now", "get", "yours", "off", "only", "favorite", "favourite", "love", "amazing", "best", "easy", "effortless",
            "style", "designed", "features", "quality", "collection", "skin", "glow",
        ]),
        (ContentType.Social, 2,
        [
            "subscribe", "followers", "follow", "like", "comment", "comments", "hashtag", "viral", "vlog", "reels", "tiktok",
            "instagram", "youtube", "stories", "lol", "omg", "bio", "link", "duet", "stitch", "livestream", "giveaway",
            "unboxing", "haul", "grwm",
        ]),
        (ContentType.Social, 1,
        [
            "guys", "hey", "literally", "insane", "share", "trend", "trending", "challenge", "pov", "obsessed", "vibe",
            "vibes", "honestly", "y'all", "ya'll", "lowkey", "crazy", "watch", "tag", "friends", "day", "routine",
        ]),
        (ContentType.Corporate, 2,
        [
            "stakeholders", "stakeholder", "shareholders", "strategy", "strategic", "revenue", "quarter", "quarterly",
            "fiscal", "leadership", "organization", "organisation", "employees", "initiative", "initiatives",
            "sustainability", "colleagues", "ceo", "enterprise", "operational", "operations", "synergy", "roadmap",
            "governance", "compliance", "workforce", "mission", "vision", "values",
        ]),
        (ContentType.Corporate, 1,
        [
            "company", "team", "teams", "growth", "partners", "partner", "performance", "results", "commitment",
            "innovation", "business", "clients", "culture", "board", "global", "together", "deliver", "delivering",
            "invest", "investment", "future", "people", "goals", "progress", "market", "solutions",
        ]),
        (ContentType.News, 2,
        [
            "reported", "according", "officials", "official", "announced", "police", "government", "minister",
            "breaking", "investigation", "sources", "confirmed", "spokesperson", "spokesman", "spokeswoman", "statement",
            "authorities", "correspondent", "election", "parliament", "crisis", "residents", "casualties", "evacuated",
            "ministry", "senator", "mayor", "reporters", "press",
        ]),
        (ContentType.News, 1,
        [
            "said", "says", "yesterday", "percent", "president", "state", "federal", "local", "county", "city",
            "report", "reports", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "thousands", "injured", "killed", "storm", "fire", "court", "law", "vote", "protest", "protesters",
        ]),
    ];
}
