using System.Diagnostics.Metrics;

namespace VideoPipeline.Sdk.Styles.Analytics.Internal;

/// <summary>
/// The usage analytics' counters, on the <see cref="VideoPipelineDiagnostics.Styles"/> meter created through
/// <see cref="IMeterFactory"/>. Tags come from fixed tables (the six categories, <c>preset</c> for any other id, and the
/// outcomes), never an id, so series stay bounded and recording does not allocate.
/// </summary>
internal sealed class StyleUsageMetrics
{
    private static readonly KeyValuePair<string, object?>[] CategoryTags =
        [.. Enum.GetValues<StyleCategory>().Select(category => Tag(category.ToString().ToLowerInvariant())), Tag("preset")];

    private static readonly KeyValuePair<string, object?>[] OutcomeTags =
        [.. Enum.GetValues<StyleOutcome>().Select(outcome => new KeyValuePair<string, object?>(VideoPipelineDiagnostics.OutcomeTag, outcome.ToString().ToLowerInvariant()))];

    private readonly Counter<long> _uses;
    private readonly Counter<long> _ratings;
    private readonly Counter<long> _outcomes;

    public StyleUsageMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(VideoPipelineDiagnostics.Styles);
        _uses = meter.CreateCounter<long>(VideoPipelineDiagnostics.StylesUses, "{use}", "Uses of style templates and presets.");
        _ratings = meter.CreateCounter<long>(VideoPipelineDiagnostics.StylesRatings, "{rating}", "Ratings of style templates and presets.");
        _outcomes = meter.CreateCounter<long>(VideoPipelineDiagnostics.StylesOutcomes, "{outcome}", "Outcomes of videos made with style templates and presets.");
    }

    public void RecordUse(StyleCategory? category) => _uses.Add(1, CategoryTag(category));

    public void RecordRating(StyleCategory? category) => _ratings.Add(1, CategoryTag(category));

    public void RecordOutcome(StyleCategory? category, StyleOutcome outcome) => _outcomes.Add(1, CategoryTag(category), OutcomeTags[(int)outcome]);

    private static KeyValuePair<string, object?> CategoryTag(StyleCategory? category) =>
        CategoryTags[category is { } known ? (int)known : CategoryTags.Length - 1];

    private static KeyValuePair<string, object?> Tag(string category) => new(VideoPipelineDiagnostics.StyleCategoryTag, category);
}
