namespace VideoPipeline.Sdk.Styles;

/// <summary>One recommended template, its score and the reasons behind it, from <see cref="IStyleRecommender.GetRecommendedTemplates"/>.</summary>
public sealed record StyleRecommendation
{
    /// <summary>Gets the recommended template.</summary>
    public required StyleTemplate Template { get; init; }

    /// <summary>
    /// Gets the score the list is ranked by: <c>(1 − w) × Fit + w × Popularity</c>, where <c>w</c> is
    /// <see cref="StylesOptions.RecommendationPopularityWeight"/> (0.2 by default).
    /// </summary>
    /// <value>From 0 to 1.</value>
    public double Score { get; init; }

    /// <summary>Gets how well the template's tags, aspect ratio and description fit the criteria: the mean of the criteria's
    /// dimensions (moods, purposes, audiences, platforms, script cues) that are set.</summary>
    /// <value>From 0 to 1.</value>
    public double Fit { get; init; }

    /// <summary>Gets the template's popularity from the usage analytics: 0 when there is no data.</summary>
    /// <value>From 0 to 1.</value>
    public double Popularity { get; init; }

    /// <summary>
    /// Gets short reasons for the score, such as <c>mood 'energetic' matches tag 'energetic'</c>,
    /// <c>platform 'tiktok' prefers 9:16, template is 9:16</c> or <c>popular: 4.6★ Bayesian over 120 ratings, 35.0 recent uses</c>.
    /// </summary>
    /// <value>Fit reasons in the order of the criteria, then popularity.</value>
    public required IReadOnlyList<string> Reasons { get; init; }
}
