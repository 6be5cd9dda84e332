namespace VideoPipeline.Sdk.Quality;

/// <summary>The four quality profiles, from the cheapest to the best. Each names a profile of capabilities per media kind.</summary>
public enum QualityLevel
{
    /// <summary>Drafts and high volume: lite routes, 720p, one variant per shot.</summary>
    Economy = 0,

    /// <summary>The everyday profile: standard routes at 1080p.</summary>
    Standard = 1,

    /// <summary>Pro routes, more variants per shot to choose from, better audio.</summary>
    Premium = 2,

    /// <summary>Flagship routes at their highest resolution and frame rate, the most variants and the largest retry reserve.</summary>
    Ultra = 3,
}
