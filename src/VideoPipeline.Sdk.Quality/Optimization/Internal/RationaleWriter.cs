using System.Globalization;
using System.Text;

namespace VideoPipeline.Sdk.Quality.Optimization.Internal;

/// <summary>Writes the short English explanations of <see cref="QualityRecommendation.Rationale"/>.</summary>
internal static class RationaleWriter
{
    public static string Chosen(
        QualityAlternative chosen, IReadOnlyList<QualityAlternative> alternatives, QualityConstraints constraints, ContentType type,
        bool detected, int fitting)
    {
        var estimate = chosen.Estimate;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{chosen.Level} for {Name(type)} content{(detected ? " (detected)" : string.Empty)}: ");
        text.Append(CultureInfo.InvariantCulture, $"expected quality {chosen.ExpectedQuality:0.00} for {estimate.Expected} (up to {estimate.Maximum} with the retry reserve)");
        if (!estimate.IsKnown)
        {
            text.Append(CultureInfo.InvariantCulture, $", plus the unknown price of {string.Join(", ", estimate.UnknownPriceRoutes)}");
        }

        text.Append(CultureInfo.InvariantCulture, $"; the best {Objective(constraints.Importance)} of {fitting} plan{(fitting == 1 ? string.Empty : "s")} that fit.");
        foreach (var alternative in alternatives)
        {
            if (alternative.Rejection is { } rejection && alternative.Level > chosen.Level)
            {
                text.Append(CultureInfo.InvariantCulture, $" {alternative.Level} does not fit: {rejection}.");
            }
        }

        AppendScenes(text, estimate.Plan);
        return text.ToString();
    }

    public static string NothingFits(IReadOnlyList<QualityAlternative> alternatives, QualityConstraints constraints)
    {
        var text = new StringBuilder("No profile fits the constraints.");
        foreach (var alternative in alternatives)
        {
            if (alternative.Level >= constraints.MinimumTier.GetValueOrDefault() && alternative.Level <= (constraints.BudgetTier ?? QualityLevel.Ultra))
            {
                text.Append(CultureInfo.InvariantCulture, $" {alternative.Level}: {alternative.Rejection}.");
            }
        }

        var cheapest = alternatives.Where(alternative => alternative.Estimate.IsKnown).MinBy(alternative => alternative.Estimate.Maximum);
        if (cheapest is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $" The cheapest plan ({cheapest.Level}) costs up to {cheapest.Estimate.Maximum}.");
        }

        return text.ToString();
    }

    /// <summary>A duration for people: <c>45 s</c>, <c>12 min</c>, <c>2.5 h</c>.</summary>
    public static string Format(TimeSpan duration) =>
        duration.TotalMinutes < 1 ? string.Create(CultureInfo.InvariantCulture, $"{Math.Max(0, duration.TotalSeconds):0} s")
        : duration.TotalHours < 1 ? string.Create(CultureInfo.InvariantCulture, $"{duration.TotalMinutes:0} min")
        : string.Create(CultureInfo.InvariantCulture, $"{duration.TotalHours:0.#} h");

    private static void AppendScenes(StringBuilder text, ProductionPlan plan)
    {
        var byMotion = plan.Scenes
            .Where(scene => scene.Steps.Count > 0)
            .GroupBy(scene => scene.Motion)
            .OrderBy(group => group.Key);
        var parts = new List<string>();
        foreach (var group in byMotion)
        {
            var clips = group.SelectMany(scene => scene.Steps).Where(step => step.Kind == MediaKind.Video).ToList();
            var routes = string.Join(" and ", clips.Select(step => step.Route.Id).Distinct(StringComparer.Ordinal));
            var rates = string.Join("/", clips.Select(step => step.FramesPerSecond.GetValueOrDefault()).Distinct().Order()
                .Select(rate => rate.ToString(CultureInfo.InvariantCulture)));
            var count = group.Count();
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{count} {group.Key.ToString().ToLowerInvariant()} scene{(count == 1 ? string.Empty : "s")} on {routes} at {rates} fps"));
        }

        if (parts.Count > 0)
        {
            text.Append(" Scenes: ").Append(string.Join("; ", parts)).Append('.');
        }
    }

    private static string Objective(ContentImportance importance) => importance switch
    {
        ContentImportance.Low => "quality per dollar",
        ContentImportance.Normal => "quality⁴ per dollar",
        ContentImportance.High => "quality⁸ per dollar",
        _ => "expected quality",
    };

    private static string Name(ContentType type) => type.ToString().ToLowerInvariant();
}
