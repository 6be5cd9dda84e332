namespace VideoPipeline.Sdk.Quality.Analysis.Internal;

/// <summary>
/// The default <see cref="IContentAnalyzer"/>: one <see cref="ScriptScanner"/> pass, then the measures derived from its
/// counts and the options. Immutable, so one instance serves every thread.
/// </summary>
internal sealed class ContentAnalyzer(QualityOptions options) : IContentAnalyzer
{
    /// <summary>Ideographs and kana per word, for text written without spaces between words.</summary>
    internal const double CjkCharactersPerWord = 1.5;

    private static readonly ContentAnalysis Empty = new() { ContentType = ContentType.Unknown };

    private readonly double _wordsPerMinute = options.WordsPerMinute;
    private readonly double _secondsPerShot = options.SecondsPerShot;
    private readonly double _secondsPerScene = options.SecondsPerScene;

    public ContentAnalysis Analyze(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var totals = ScriptScanner.Scan(content);
        var cjkWords = (int)Math.Round(totals.CjkCharacters / CjkCharactersPerWord, MidpointRounding.AwayFromZero);
        var words = totals.DelimitedWords + cjkWords;
        if (words == 0)
        {
            return Empty with { Characters = totals.Characters };
        }

        var seconds = words * 60.0 / _wordsPerMinute;
        var shotCapacity = Math.Max(1, (int)Math.Ceiling(seconds / _secondsPerShot));
        var scenes = totals.SceneHeadings > 0 ? totals.SceneHeadings
            : totals.Paragraphs >= 2 ? Math.Min(totals.Paragraphs, shotCapacity)
            : Math.Max(1, (int)Math.Ceiling(seconds / _secondsPerScene));
        var cuedShots = scenes + totals.CameraCueSentences + ((totals.Sentences - totals.CameraCueSentences) / 2);
        var shots = Math.Max(scenes, Math.Min(cuedShots, shotCapacity));

        var syllables = totals.Syllables + totals.CjkCharacters;
        var readingEase = 206.835 - (1.015 * words / totals.Sentences) - (84.6 * syllables / words);
        var dialogueWords = totals.DelimitedDialogueWords + (totals.CjkDialogueCharacters / CjkCharactersPerWord);
        var visualDensity = Math.Min(1, totals.VisualTerms / (double)words / 0.12);
        var visualVariety = Math.Min(1, totals.DistinctVisualTerms / 24.0);
        var (type, confidence) = ContentTypeClassifier.Classify(totals.TypeEvidence, words);

        return new ContentAnalysis
        {
            Words = words,
            Sentences = totals.Sentences,
            Paragraphs = totals.Paragraphs,
            Characters = totals.Characters,
            NarrationDuration = TimeSpan.FromSeconds(seconds),
            EstimatedScenes = scenes,
            EstimatedShots = shots,
            Readability = Math.Clamp(readingEase, 0, 100),
            LexicalDensity = Math.Min(1, (totals.ContentWords + cjkWords) / (double)words),
            MotionIntensity = totals.MotionScoreSum / totals.Sentences,
            VisualComplexity = (0.6 * visualDensity) + (0.4 * visualVariety),
            DialogueShare = Math.Min(1, dialogueWords / words),
            ContentType = type,
            ContentTypeConfidence = confidence,
        };
    }
}
