using Microsoft.Extensions.Options;

namespace VideoPipeline.Sdk.Monitoring.DependencyInjection.Internal;

/// <summary>Validates <see cref="MonitoringOptions"/>; messages name the configuration key, the value and the allowed range.</summary>
internal sealed class MonitoringOptionsValidator : IValidateOptions<MonitoringOptions>
{
    public const int MaxWindows = 8;

    public ValidateOptionsResult Validate(string? name, MonitoringOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        Check(failures, options.SnapshotWindows.Count is >= 1 and <= MaxWindows, nameof(MonitoringOptions.SnapshotWindows), $"{options.SnapshotWindows.Count} windows", $"between 1 and {MaxWindows} windows");
        for (var index = 0; index < options.SnapshotWindows.Count; index++)
        {
            var window = options.SnapshotWindows[index];
            Check(failures, window >= TimeSpan.FromSeconds(1) && window <= TimeSpan.FromDays(1), $"{nameof(MonitoringOptions.SnapshotWindows)}:{index}", window, "between 00:00:01 and 1.00:00:00");
        }

        Check(failures, options.MaxSeriesPerInstrument is >= 1 and <= 100_000, nameof(MonitoringOptions.MaxSeriesPerInstrument), options.MaxSeriesPerInstrument, "between 1 and 100000");
        Check(failures, options.SampleInterval >= TimeSpan.FromMilliseconds(100) && options.SampleInterval <= TimeSpan.FromHours(1), nameof(MonitoringOptions.SampleInterval), options.SampleInterval, "between 00:00:00.1 and 01:00:00");
        for (var index = 0; index < options.AggregatedMeters.Count; index++)
        {
            Check(failures, !string.IsNullOrWhiteSpace(options.AggregatedMeters[index]), $"{nameof(MonitoringOptions.AggregatedMeters)}:{index}", $"'{options.AggregatedMeters[index]}'", "a meter name");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Check(List<string> failures, bool valid, string key, object? value, string range)
    {
        if (!valid)
        {
            failures.Add($"{MonitoringOptions.SectionName}:{key} is {value ?? "empty"}; it must be {range}.");
        }
    }
}
