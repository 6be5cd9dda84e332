using Microsoft.Extensions.Options;

namespace VideoPipeline.Sdk.Monitoring.Progress.Internal;

/// <summary>Validates <see cref="MonitoringOptions.Progress"/>; messages name the configuration key, the value and the allowed range.</summary>
internal sealed class ProgressOptionsValidator : IValidateOptions<MonitoringOptions>
{
    private const string Prefix = nameof(MonitoringOptions.Progress);

    public ValidateOptionsResult Validate(string? name, MonitoringOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var progress = options.Progress;
        var failures = new List<string>();
        Check(failures, progress.DefaultStepDuration >= TimeSpan.FromMilliseconds(1) && progress.DefaultStepDuration <= TimeSpan.FromDays(1), nameof(progress.DefaultStepDuration), progress.DefaultStepDuration, "between 00:00:00.001 and 1.00:00:00");
        Check(failures, progress.PriorSmoothing is > 0 and <= 1, nameof(progress.PriorSmoothing), progress.PriorSmoothing, "greater than 0 and at most 1");
        Check(failures, progress.MaxStepTypes is >= 1 and <= 10_000, nameof(progress.MaxStepTypes), progress.MaxStepTypes, "between 1 and 10000");
        Check(failures, progress.FinishedJobRetention >= TimeSpan.Zero && progress.FinishedJobRetention <= TimeSpan.FromDays(7), nameof(progress.FinishedJobRetention), progress.FinishedJobRetention, "between 00:00:00 and 7.00:00:00");
        Check(failures, progress.MaxFinishedJobs is >= 0 and <= 1_000_000, nameof(progress.MaxFinishedJobs), progress.MaxFinishedJobs, "between 0 and 1000000");
        Check(failures, progress.MaxActiveJobs is >= 1 and <= 1_000_000, nameof(progress.MaxActiveJobs), progress.MaxActiveJobs, "between 1 and 1000000");
        Check(failures, progress.SubscriberBufferSize is >= 1 and <= 10_000, nameof(progress.SubscriberBufferSize), progress.SubscriberBufferSize, "between 1 and 10000");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Check(List<string> failures, bool valid, string key, object value, string range)
    {
        if (!valid)
        {
            failures.Add(FormattableString.Invariant($"{MonitoringOptions.SectionName}:{Prefix}:{key} is {value}; it must be {range}."));
        }
    }
}
