using System.Globalization;
using Microsoft.Extensions.Options;

namespace VideoPipeline.Sdk.Styles.Analytics.Internal;

/// <summary>
/// Validates the usage-analytics and recommendation options of <see cref="StylesOptions"/>; messages name the configuration
/// key, the value and the allowed range.
/// </summary>
internal sealed class AnalyticsOptionsValidator : IValidateOptions<StylesOptions>
{
    public ValidateOptionsResult Validate(string? name, StylesOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        Check(failures, options.MaxTrackedStyles is >= 1 and <= 1_000_000, nameof(options.MaxTrackedStyles), options.MaxTrackedStyles, "between 1 and 1000000");
        Check(failures, options.RatingPriorWeight is >= 0 and <= 10_000, nameof(options.RatingPriorWeight), options.RatingPriorWeight, "between 0 and 10000");
        Check(failures, options.TrendingHalfLife >= TimeSpan.FromMinutes(1) && options.TrendingHalfLife <= TimeSpan.FromDays(365),
            nameof(options.TrendingHalfLife), options.TrendingHalfLife, "between 00:01:00 and 365.00:00:00");
        Check(failures, options.RecommendationPopularityWeight is >= 0 and <= 1, nameof(options.RecommendationPopularityWeight), options.RecommendationPopularityWeight, "between 0 and 1");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Check(List<string> failures, bool valid, string key, object value, string range)
    {
        if (!valid)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"{StylesOptions.SectionName}:{key} is {value}; it must be {range}."));
        }
    }
}
