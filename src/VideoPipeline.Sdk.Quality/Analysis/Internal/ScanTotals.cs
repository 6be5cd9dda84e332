namespace VideoPipeline.Sdk.Quality.Analysis.Internal;

/// <summary>What one pass of <see cref="ScriptScanner"/> counted.</summary>
internal sealed class ScanTotals
{
    /// <summary>Words delimited by spaces or punctuation (not counting CJK text).</summary>
    public int DelimitedWords { get; set; }

    /// <summary>Of <see cref="DelimitedWords"/>, those spoken by characters.</summary>
    public int DelimitedDialogueWords { get; set; }

    /// <summary>Of <see cref="DelimitedWords"/>, those neither stop words nor numbers.</summary>
    public int ContentWords { get; set; }

    /// <summary>Syllables of <see cref="DelimitedWords"/>.</summary>
    public long Syllables { get; set; }

    /// <summary>Ideographs and kana, which are written without spaces between words.</summary>
    public int CjkCharacters { get; set; }

    /// <summary>Of <see cref="CjkCharacters"/>, those spoken by characters.</summary>
    public int CjkDialogueCharacters { get; set; }

    public int Sentences { get; set; }

    public int Paragraphs { get; set; }

    public int Characters { get; set; }

    public int SceneHeadings { get; set; }

    /// <summary>The sum over sentences of each sentence's motion score (0, 0.5 or 1).</summary>
    public double MotionScoreSum { get; set; }

    /// <summary>Sentences with a camera or cut cue.</summary>
    public int CameraCueSentences { get; set; }

    /// <summary>Visual words, every occurrence.</summary>
    public int VisualTerms { get; set; }

    /// <summary>Distinct visual subjects.</summary>
    public int DistinctVisualTerms { get; set; }

    /// <summary>Evidence for each <see cref="ContentType"/>, indexed by the enum's value.</summary>
    public float[] TypeEvidence { get; } = new float[ContentTypeClassifier.TypeCount];
}
