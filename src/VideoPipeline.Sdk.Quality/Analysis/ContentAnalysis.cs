namespace VideoPipeline.Sdk.Quality;

/// <summary>
/// What <see cref="IContentAnalyzer.Analyze(string)"/> found in a script or a brief. Every measure is computed from the
/// text alone; ratios are between 0 and 1.
/// </summary>
public sealed record ContentAnalysis
{
    /// <summary>Gets the number of words: runs of letters and digits, joined by an apostrophe or a hyphen between letters
    /// (<c>don't</c>, <c>close-up</c>). Text without spaces between words (Chinese, Japanese) counts one word per 1.5
    /// ideographs or kana, rounded to the nearest whole word.</summary>
    public int Words { get; init; }

    /// <summary>Gets the number of sentences: text ending in <c>.</c>, <c>!</c>, <c>?</c>, <c>…</c> (or <c>。！？؟</c>),
    /// a blank line, a scene heading, a character cue or a speaker line (<c>ANNA: …</c>), or the end of the text. A full stop after a title (<c>Dr.</c>),
    /// <c>INT.</c>/<c>EXT.</c> or a single letter (an initial) does not end a sentence.</summary>
    public int Sentences { get; init; }

    /// <summary>Gets the number of paragraphs: groups of lines with words, separated by blank lines.</summary>
    public int Paragraphs { get; init; }

    /// <summary>Gets the number of characters that are not white space; a character outside the Basic Multilingual Plane
    /// (an emoji) counts once.</summary>
    public int Characters { get; init; }

    /// <summary>Gets how long reading every word aloud takes at <see cref="QualityOptions.WordsPerMinute"/>.</summary>
    public TimeSpan NarrationDuration { get; init; }

    /// <summary>Gets the estimated number of scenes: the scene headings (<c>INT.</c>, <c>EXT.</c>, <c>INT./EXT.</c>,
    /// <c>I/E</c> or <c>Scene 3</c> at the start of a line) when there are any; else the paragraphs when there are at least
    /// two, at most one per <see cref="QualityOptions.SecondsPerShot"/> of narration; else one per
    /// <see cref="QualityOptions.SecondsPerScene"/> of narration, rounded up. 0 for text without words.</summary>
    public int EstimatedScenes { get; init; }

    /// <summary>Gets the estimated number of shots: each scene opens on a shot, each sentence with a camera or cut cue
    /// starts one, and every second other sentence starts one; the total is at most one per
    /// <see cref="QualityOptions.SecondsPerShot"/> of narration (rounded up) and at least the number of scenes.</summary>
    public int EstimatedShots { get; init; }

    /// <summary>Gets the Flesch reading ease, clamped to 0 (hardest) – 100 (easiest):
    /// 206.835 − 1.015 × words per sentence − 84.6 × syllables per word. Syllables are counted by a heuristic: groups of
    /// vowels (a, e, i, o, u, y), less a silent final <c>e</c> (but not in <c>-le</c> after a consonant), at least one per
    /// word; a word without Latin letters counts one syllable, and one ideograph or kana one syllable. The measure is
    /// meant for English; 0 for text without words.</summary>
    public double Readability { get; init; }

    /// <summary>Gets the share of words that carry content: words that are neither in the English stop-word list (articles,
    /// pronouns, auxiliaries, prepositions, conjunctions) nor numbers; words counted from Chinese or Japanese text, which
    /// has no stop-word list, are content words. Between 0 and 1.</summary>
    public double LexicalDensity { get; init; }

    /// <summary>Gets how much happens on screen, between 0 and 1: per sentence, the action verbs (<c>run</c>, <c>leaps</c>,
    /// <c>crashed</c>) and camera language (<c>pan</c>, <c>zoom</c>, <c>dolly</c>, <c>tracking shot</c>, <c>close-up</c>,
    /// <c>cut to</c>, <c>slow motion</c>) counted together, two or more scoring 1 and one scoring 0.5; the mean over the
    /// sentences.</summary>
    public double MotionIntensity { get; init; }

    /// <summary>Gets how much there is to show, between 0 and 1:
    /// 0.6 × min(1, visual terms per word ÷ 0.12) + 0.4 × min(1, distinct visual terms ÷ 24), where visual terms are
    /// concrete things and settings (<c>lighthouse</c>, <c>crowd</c>, <c>forest</c>), visual adjectives (<c>ornate</c>,
    /// <c>misty</c>), colours and light (<c>crimson</c>, <c>neon</c>, <c>silhouette</c>, <c>dusk</c>). The first part says
    /// how densely the text describes, the second how many different subjects it shows.</summary>
    public double VisualComplexity { get; init; }

    /// <summary>Gets the share of words that are spoken by characters: inside double quotes (<c>"…"</c>, <c>“…”</c>,
    /// <c>«…»</c>, <c>「…」</c>), after an upper-case speaker's name and a colon at the start of a line
    /// (<c>ANNA: …</c>), or on the lines under a screenplay character cue (a line in upper case alone, such as
    /// <c>ANNA</c> or <c>ANNA (V.O.)</c>) until the next blank line, parentheticals excluded. Between 0 and 1.</summary>
    public double DialogueShare { get; init; }

    /// <summary>Gets the kind of video the text is for, from weighted keyword evidence (and hashtags, mentions and emoji
    /// for <see cref="ContentType.Social"/>); <see cref="ContentType.Unknown"/> when no type has clearly more evidence.</summary>
    public ContentType ContentType { get; init; }

    /// <summary>Gets how sure <see cref="ContentType"/> is, between 0 and 1: the types' evidence per 100 words (with at least
    /// 50 words assumed, so that a few keywords cannot be decisive) normalised with a softmax, beside an Unknown baseline of
    /// 1.5 per 100 words. Text without evidence gives <see cref="ContentType.Unknown"/> at about 0.26; empty text 0.</summary>
    public double ContentTypeConfidence { get; init; }
}
