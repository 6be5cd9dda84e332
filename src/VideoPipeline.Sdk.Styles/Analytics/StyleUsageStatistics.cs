namespace VideoPipeline.Sdk.Styles;

/// <summary>
/// What <see cref="IStyleUsageAnalytics"/> knows about one template or preset: its uses, ratings, outcomes, its Bayesian
/// average rating and how much it is used lately (trending). An id with no data has zero counts, no mean rating, the
/// prior as its Bayesian rating and a trending score of 0.
/// </summary>
public sealed record StyleUsageStatistics
{
    /// <summary>Gets the template or preset id the statistics are about, as it was asked for.</summary>
    public required string StyleId { get; init; }

    /// <summary>Gets the number of uses recorded.</summary>
    /// <value>Zero or more.</value>
    public long Uses { get; init; }

    /// <summary>Gets the number of ratings recorded.</summary>
    /// <value>Zero or more.</value>
    public long RatingCount { get; init; }

    /// <summary>Gets the plain mean of the ratings, or <see langword="null"/> when there are none.</summary>
    /// <value>From 1 to 5, or <see langword="null"/>.</value>
    public double? MeanRating { get; init; }

    /// <summary>
    /// Gets the Bayesian average rating: <c>(C × m + sum of ratings) / (C + n)</c>, where <c>n</c> is
    /// <see cref="RatingCount"/>, <c>m</c> the prior (the mean of every rating recorded for any id, or 3 before there is
    /// any) and <c>C</c> its weight, <see cref="StylesOptions.RatingPriorWeight"/> (10 by default). A few ratings move it
    /// a little from the prior; many ratings bring it close to <see cref="MeanRating"/>.
    /// </summary>
    /// <value>From 1 to 5; the prior when there are no ratings.</value>
    public double BayesianRating { get; init; }

    /// <summary>
    /// Gets the trending score: every use counts 1 when it is recorded and halves every
    /// <see cref="StylesOptions.TrendingHalfLife"/> (7 days by default) after, so 10 uses a half-life ago count 5.
    /// </summary>
    /// <value>Zero or more.</value>
    public double TrendingScore { get; init; }

    /// <summary>Gets the number of <see cref="StyleOutcome.Published"/> outcomes recorded.</summary>
    /// <value>Zero or more.</value>
    public long PublishedCount { get; init; }

    /// <summary>Gets the number of <see cref="StyleOutcome.Regenerated"/> outcomes recorded.</summary>
    /// <value>Zero or more.</value>
    public long RegeneratedCount { get; init; }

    /// <summary>Gets the number of <see cref="StyleOutcome.Abandoned"/> outcomes recorded.</summary>
    /// <value>Zero or more.</value>
    public long AbandonedCount { get; init; }
}
