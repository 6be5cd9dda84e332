namespace VideoPipeline.Sdk.Styles.Tests.Recommendations;

/// <summary>A brief and the built-in templates that suit it.</summary>
internal sealed record LabelledCase(string Name, StyleRecommendationCriteria Criteria, IReadOnlyList<string> Suitable);
