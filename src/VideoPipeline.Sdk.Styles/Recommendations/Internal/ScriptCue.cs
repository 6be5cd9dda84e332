namespace VideoPipeline.Sdk.Styles.Recommendations.Internal;

/// <summary>A script keyword and the criteria term it suggests, such as <c>investors</c> → purpose <c>results</c>.</summary>
internal sealed record ScriptCue(string Keyword, RecommendationDimension Dimension, string Term);
