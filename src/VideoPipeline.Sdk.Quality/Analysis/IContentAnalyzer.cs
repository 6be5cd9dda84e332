namespace VideoPipeline.Sdk.Quality;

/// <summary>
/// Analyses a script or a brief before anything is generated: its size, its narration length, the scenes and shots it
/// implies, how readable, dense, dynamic, visual and dialogue-heavy it is, and what kind of video it is for.
/// </summary>
/// <remarks>
/// Analysis is synchronous, pure and deterministic: the same text and options always give an equal
/// <see cref="ContentAnalysis"/>. It is safe to call from many threads at once. The lexicons are English; text in other
/// scripts is counted without exceptions (see <see cref="ContentAnalysis.Words"/>).
/// </remarks>
public interface IContentAnalyzer
{
    /// <summary>Analyses <paramref name="content"/>.</summary>
    /// <param name="content">A script, a screenplay or a brief, of any length. Empty text gives an analysis of zeros whose
    /// <see cref="ContentAnalysis.ContentType"/> is <see cref="ContentType.Unknown"/> with confidence 0.</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is <see langword="null"/>.</exception>
    ContentAnalysis Analyze(string content);
}
