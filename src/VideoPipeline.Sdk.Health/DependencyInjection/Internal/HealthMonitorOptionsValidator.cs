using System.Globalization;
using Microsoft.Extensions.Options;

namespace VideoPipeline.Sdk.Health.DependencyInjection.Internal;

/// <summary>Validates <see cref="HealthMonitorOptions"/>; messages name the configuration key, the value and the allowed range.</summary>
internal sealed class HealthMonitorOptionsValidator : IValidateOptions<HealthMonitorOptions>
{
    public ValidateOptionsResult Validate(string? name, HealthMonitorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        Check(failures, options.CheckInterval >= TimeSpan.FromSeconds(1) && options.CheckInterval <= TimeSpan.FromHours(1), nameof(options.CheckInterval), options.CheckInterval, "between 00:00:01 and 01:00:00");
        Check(failures, IsTimeout(options.DefaultTimeout), nameof(options.DefaultTimeout), options.DefaultTimeout, "between 00:00:00.001 and 00:10:00");
        Check(failures, options.HistorySize is >= 3 and <= 10_000, nameof(options.HistorySize), options.HistorySize, "between 3 and 10000");
        Check(failures, options.CriticalDownScoreCap is >= 0 and <= 100, nameof(options.CriticalDownScoreCap), options.CriticalDownScoreCap, "between 0 and 100");
        foreach (var (component, settings) in options.Components)
        {
            var prefix = $"{nameof(options.Components)}:{component}";
            Check(failures, settings is not null, prefix, "empty", "a component's options");
            if (settings is null)
            {
                continue;
            }

            Check(failures, settings.Kind is null || Enum.IsDefined(settings.Kind.Value), $"{prefix}:{nameof(settings.Kind)}", settings.Kind, "a ComponentKind");
            Check(failures, settings.Weight is null or (>= 0 and <= 1_000), $"{prefix}:{nameof(settings.Weight)}", settings.Weight, "between 0 and 1000");
            Check(failures, settings.Timeout is null || IsTimeout(settings.Timeout.Value), $"{prefix}:{nameof(settings.Timeout)}", settings.Timeout, "between 00:00:00.001 and 00:10:00");
            foreach (var (metric, threshold) in settings.Thresholds)
            {
                var key = $"{prefix}:{nameof(settings.Thresholds)}:{metric}";
                if (threshold is null)
                {
                    failures.Add($"{HealthMonitorOptions.SectionName}:{key} is empty; it must be a threshold.");
                    continue;
                }

                Check(failures, double.IsFinite(threshold.Warning) && double.IsFinite(threshold.Critical), key, $"{Format(threshold.Warning)} / {Format(threshold.Critical)}", "finite warning and critical levels");
                var ordered = threshold.Direction == ThresholdDirection.Above ? threshold.Warning <= threshold.Critical : threshold.Warning >= threshold.Critical;
                if (!ordered)
                {
                    failures.Add($"{HealthMonitorOptions.SectionName}:{key}:Warning is {Format(threshold.Warning)}, beyond Critical {Format(threshold.Critical)}; for a threshold {(threshold.Direction == ThresholdDirection.Above ? "above" : "below")} which values are bad, the warning level must come first.");
                }

                Check(failures, Enum.IsDefined(threshold.Direction), $"{key}:{nameof(threshold.Direction)}", threshold.Direction, "Above or Below");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsTimeout(TimeSpan timeout) => timeout >= TimeSpan.FromMilliseconds(1) && timeout <= TimeSpan.FromMinutes(10);

    private static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Check(List<string> failures, bool valid, string key, object? value, string range)
    {
        if (!valid)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"{HealthMonitorOptions.SectionName}:{key} is {value ?? "empty"}; it must be {range}."));
        }
    }
}
