using Microsoft.Extensions.Options;

namespace VideoPipeline.Sdk.Monitoring.Anomalies.Internal;

/// <summary>
/// Validates <see cref="MonitoringOptions.Anomalies"/>; messages name the configuration key, the value and the allowed range,
/// with the same rules the detectors' constructors enforce.
/// </summary>
internal sealed class AnomalyDetectionOptionsValidator : IValidateOptions<MonitoringOptions>
{
    public ValidateOptionsResult Validate(string? name, MonitoringOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var prefix = $"{MonitoringOptions.SectionName}:{nameof(MonitoringOptions.Anomalies)}";
        var failures = new List<string>();
        Add(failures, $"{prefix}:{nameof(AnomalyDetectionOptions.LevelShift)}", options.Anomalies.LevelShift.Validate());
        foreach (var (series, trend) in options.Anomalies.Trends)
        {
            var key = $"{prefix}:{nameof(AnomalyDetectionOptions.Trends)}:{series}";
            if (!MonitoredSeries.All.Contains(series))
            {
                failures.Add($"{key} is not a monitored series; it must be one of {string.Join(", ", MonitoredSeries.All)}.");
            }
            else if (trend is null)
            {
                failures.Add($"{key} is empty; it must be a trend detector's options.");
            }
            else
            {
                Add(failures, key, trend.Validate());
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Add(List<string> failures, string prefix, OptionRules rules)
    {
        foreach (var (key, value, range) in rules.Failures)
        {
            failures.Add($"{prefix}:{key} is {value}; it must be {range}.");
        }
    }
}
