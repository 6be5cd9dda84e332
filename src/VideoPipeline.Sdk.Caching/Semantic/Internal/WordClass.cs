namespace VideoPipeline.Sdk.Caching.Semantic.Internal;

/// <summary>How much a word says about what a prompt shows.</summary>
internal enum WordClass
{
    /// <summary>A content word: a subject, an action, an attribute, a style.</summary>
    Content,

    /// <summary>
    /// A word of the request rather than of its content ("please", "generate", "image"), or a generic quality booster
    /// ("detailed", "beautiful").
    /// </summary>
    Weak,

    /// <summary>A function word: an article, a preposition, a pronoun, an auxiliary.</summary>
    Stop,
}
