namespace VideoPipeline.Sdk.Quality.Planning.Internal;

/// <summary>
/// One scene to plan: its analysis (of which the planner reads <see cref="ContentAnalysis.NarrationDuration"/>,
/// <see cref="ContentAnalysis.MotionIntensity"/> and <see cref="ContentAnalysis.DialogueShare"/>) and the number of
/// characters its narration speaks, which the speech route bills.
/// </summary>
/// <param name="Analysis">The scene's analysis.</param>
/// <param name="NarrationCharacters">The length of the text the narration speaks, white space included (the
/// <see cref="string.Length"/> of the prompt the speech route receives).</param>
internal sealed record SceneInput(ContentAnalysis Analysis, int NarrationCharacters)
{
    /// <summary>A scene of a text: the text's analysis and its length.</summary>
    public static SceneInput FromText(string text, IContentAnalyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(analyzer);
        return new SceneInput(analyzer.Analyze(text), text.Length);
    }

    /// <summary>
    /// Splits the totals of a whole script's analysis evenly over its <see cref="ContentAnalysis.EstimatedScenes"/>, for an
    /// estimate made without the script: every scene gets an equal share (to the unit, remainders spread) of the words,
    /// characters, sentences, paragraphs, shots and narration length, and the script's ratios (motion, dialogue, …). The
    /// narration's characters are estimated as the characters that are not white space plus one space between consecutive
    /// words of a scene. Empty for an analysis without scenes.
    /// </summary>
    public static IReadOnlyList<SceneInput> SplitEvenly(ContentAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var count = analysis.EstimatedScenes;
        if (count <= 0)
        {
            return [];
        }

        var narrationCharacters = Math.Max(0, analysis.Characters + analysis.Words - count);
        var scenes = new SceneInput[count];
        for (var index = 0; index < count; index++)
        {
            var scene = analysis with
            {
                Words = (int)Share(analysis.Words, index, count),
                Characters = (int)Share(analysis.Characters, index, count),
                Sentences = (int)Share(analysis.Sentences, index, count),
                Paragraphs = (int)Share(analysis.Paragraphs, index, count),
                NarrationDuration = TimeSpan.FromTicks(Share(analysis.NarrationDuration.Ticks, index, count)),
                EstimatedScenes = 1,
                EstimatedShots = Math.Max(1, (int)Share(analysis.EstimatedShots, index, count)),
            };
            scenes[index] = new SceneInput(scene, (int)Share(narrationCharacters, index, count));
        }

        return scenes;
    }

    // The index-th of count shares of total: the shares differ by at most one unit and add up to total exactly.
    private static long Share(long total, int index, int count) =>
        (long)((Int128)total * (index + 1) / count - (Int128)total * index / count);
}
