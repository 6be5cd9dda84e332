namespace VideoPipeline.Sdk.Styles.Recommendations.Internal;

/// <summary>A kind of criterion, matched against the template tags of the same kind.</summary>
internal enum RecommendationDimension
{
    Mood = 0,
    Purpose = 1,
    Audience = 2,
    Platform = 3,
}
