namespace VideoPipeline.Sdk.Styles;

/// <summary>
/// Usage analytics of style templates and presets: record uses, ratings and outcomes by id, and read each id's statistics
/// (uses, Bayesian average rating, trending score, outcome counts). The statistics feed <see cref="IStyleRecommender"/>'s
/// popularity. Registered as a singleton by <c>AddStyles</c>; safe to use from any thread. The default implementation keeps
/// its data in memory, for at most <see cref="StylesOptions.MaxTrackedStyles"/> ids, and counts every recorded event on the
/// Styles meter (<see cref="VideoPipelineDiagnostics.StylesUses"/>, <see cref="VideoPipelineDiagnostics.StylesRatings"/>,
/// <see cref="VideoPipelineDiagnostics.StylesOutcomes"/>) tagged only with the template's category.
/// </summary>
public interface IStyleUsageAnalytics
{
    /// <summary>Records one use of a template or preset.</summary>
    /// <param name="styleId">The template or preset id, compared ignoring case; at most 200 characters.</param>
    /// <returns><see langword="true"/> when recorded; <see langword="false"/> when the id is new and the analytics already
    /// track <see cref="StylesOptions.MaxTrackedStyles"/> ids (the event is still counted on the meter).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="styleId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="styleId"/> is empty, white space or longer than 200 characters.</exception>
    bool RecordUse(string styleId);

    /// <summary>Records one rating of a template or preset.</summary>
    /// <param name="styleId">The template or preset id, compared ignoring case; at most 200 characters.</param>
    /// <param name="stars">The rating, from 1 to 5 stars.</param>
    /// <returns><see langword="true"/> when recorded; <see langword="false"/> when the id is new and the analytics already
    /// track <see cref="StylesOptions.MaxTrackedStyles"/> ids.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="styleId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="styleId"/> is empty, white space or longer than 200 characters.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stars"/> is outside 1 to 5; the message names the value.</exception>
    bool RecordRating(string styleId, int stars);

    /// <summary>Records what became of a video made with a template or preset.</summary>
    /// <param name="styleId">The template or preset id, compared ignoring case; at most 200 characters.</param>
    /// <param name="outcome">The outcome.</param>
    /// <returns><see langword="true"/> when recorded; <see langword="false"/> when the id is new and the analytics already
    /// track <see cref="StylesOptions.MaxTrackedStyles"/> ids.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="styleId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="styleId"/> is empty, white space or longer than 200 characters.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="outcome"/> is not a defined <see cref="StyleOutcome"/>.</exception>
    bool RecordOutcome(string styleId, StyleOutcome outcome);

    /// <summary>Gets the statistics of a template or preset at the current time.</summary>
    /// <param name="styleId">The template or preset id, compared ignoring case; at most 200 characters.</param>
    /// <returns>The statistics; zero counts, the prior rating and no trend for an id with no data.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="styleId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="styleId"/> is empty, white space or longer than 200 characters.</exception>
    StyleUsageStatistics GetStatistics(string styleId);
}
