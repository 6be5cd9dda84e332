namespace VideoPipeline.Sdk.Styles;

/// <summary>
/// The style templates of the host: list, find, search and filter them, and turn one into concrete, consistent generation
/// parameters for every scene of a video. Registered as a singleton by <c>AddStyles</c>; safe to use from any thread.
/// </summary>
public interface IStyleTemplateManager
{
    /// <summary>Gets every template in the catalog.</summary>
    /// <returns>The templates, ordered by category, then id.</returns>
    IReadOnlyList<StyleTemplate> GetTemplates();

    /// <summary>Finds a template by id, ignoring case.</summary>
    /// <param name="templateId">The id, such as <c>modern-commercial</c>.</param>
    /// <returns>The template, or <see langword="null"/> when the catalog has none with that id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="templateId"/> is <see langword="null"/>.</exception>
    StyleTemplate? GetTemplate(string templateId);

    /// <summary>
    /// Searches the templates by words, ranked by relevance. Each word of <paramref name="text"/> (letters and digits, in any
    /// case; words shorter than two letters and common English words such as <c>the</c> or <c>for</c> are ignored) scores
    /// the best of: 3 when it is a word of the template's name or id or of one of its tags, 2 when it is its category, 1 when
    /// it is a word of its description, 1 when it starts a word of its name, id, tags or category (three letters or more).
    /// Templates that score 0 are left out; the rest are ordered by score, then id.
    /// </summary>
    /// <param name="text">The words, such as <c>cinematic business audience</c>; at most 1,000 characters.</param>
    /// <param name="filter">Which templates to search, or <see langword="null"/> for all.</param>
    /// <returns>The matching templates, best first; empty when none matches.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is empty, white space or longer than 1,000 characters.</exception>
    IReadOnlyList<StyleTemplate> Search(string text, StyleTemplateFilter? filter = null);

    /// <summary>Gets the templates that pass a filter. An empty filter passes every template.</summary>
    /// <param name="filter">The filter.</param>
    /// <returns>The templates, ordered by category, then id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="filter"/> is <see langword="null"/>.</exception>
    IReadOnlyList<StyleTemplate> Filter(StyleTemplateFilter filter);

    /// <summary>
    /// Generates the parameters of every scene of a video from a template. Each scene's prompt is the template's prompt
    /// template with <c>{prompt}</c> replaced once by the scene's description and the other placeholders by the scene's shot,
    /// movement, lens, lighting and grade. The first scene takes the template's first shot and the others cycle through the
    /// rest; the movement and lighting are chosen once for the video by <see cref="StyleContext.Mood"/>; the lens, grade,
    /// frame, frame rate, clip length, music and voice are the same in every scene. The resolution is the
    /// <see cref="StyleContext.QualityHint"/>'s (720, 1080, 1440 or 2160 on the shorter side, the longer side rounded to an
    /// even number), and the frame rate the highest supported rate not above both the template's and the hint's cap (24, 30,
    /// 60, 60), or the lowest supported rate when none is. The same template, context and options always give equal
    /// parameters.
    /// </summary>
    /// <param name="templateId">The template's id, ignoring case.</param>
    /// <param name="context">The scenes or script, the mood and the quality hint.</param>
    /// <returns>The parameters.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">The catalog has no template with that id; the message names it.</exception>
    /// <exception cref="ArgumentException">The context has no scenes and no script with text, more scenes than
    /// <see cref="StylesOptions.MaxScenes"/>, or a scene longer than <see cref="StylesOptions.MaxSceneLength"/>; the message
    /// says which.</exception>
    StyleParameters GenerateStyleParameters(string templateId, StyleContext context);
}
