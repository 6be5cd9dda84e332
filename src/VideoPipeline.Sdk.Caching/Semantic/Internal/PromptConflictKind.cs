namespace VideoPipeline.Sdk.Caching.Semantic.Internal;

/// <summary>Why two prompts that embed close together must not answer each other, as found by <see cref="PromptConflictGuard"/>.</summary>
internal enum PromptConflictKind
{
    /// <summary>No conflict was found.</summary>
    None,

    /// <summary>
    /// The prompts differ in a number or a quantity: digits ("4k", "1080p", "16:9", "2.5"), number words ("three", "dozen",
    /// "pair"), ordinals ("2nd", "third", "last"), vague quantities ("few", "many"), or one prompt says "a dog" and the other
    /// "dogs".
    /// </summary>
    Number,

    /// <summary>The prompts negate different things ("no", "not", "without", "never", "-free", "n't"…), or only one negates.</summary>
    Negation,

    /// <summary>The prompts name different colours.</summary>
    Colour,

    /// <summary>
    /// The prompts name different directions or positions (left/right, up/down, toward/away, inside/outside, zoom in/out…),
    /// name opposite ones in another order (left to right against right to left), or set the scene at a different time of
    /// day or season (sunrise/sunset, day/night, winter/summer).
    /// </summary>
    Direction,

    /// <summary>
    /// The prompts name different people, places, brands or works: capitalized words that do not open a sentence, acronyms,
    /// mixed-case names ("iPhone"), and quoted text.
    /// </summary>
    NamedEntity,

    /// <summary>The prompts name people of a different gender (man/woman, he/she, king/queen).</summary>
    Gender,

    /// <summary>
    /// Both prompts give an attribute of the same kind but opposite values: size (big/small), speed (fast/slow), age
    /// (old/young/new), temperature, brightness, loudness, weather, mood and a few more.
    /// </summary>
    Attribute,
}
