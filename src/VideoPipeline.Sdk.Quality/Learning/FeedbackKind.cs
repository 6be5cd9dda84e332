namespace VideoPipeline.Sdk.Quality;

/// <summary>Where a <see cref="QualityFeedback"/> came from: an explicit rating or something the user did with the video.</summary>
public enum FeedbackKind
{
    /// <summary>An explicit rating, in stars (<see cref="QualityFeedback.FromStars(string, int)"/>) or as a score
    /// (<see cref="QualityFeedback.FromScore(string, double)"/>).</summary>
    Rating = 0,

    /// <summary>The user generated the video again: an implicit negative signal.</summary>
    Regenerated = 1,

    /// <summary>The user published the video: an implicit positive signal.</summary>
    Published = 2,

    /// <summary>The user downloaded the video: an implicit positive signal.</summary>
    Downloaded = 3,
}
