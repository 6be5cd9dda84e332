using Microsoft.Extensions.Options;

namespace VideoPipeline.Sdk.Queueing.DependencyInjection.Internal;

/// <summary>Validates <see cref="QueueOptions"/>; messages name the configuration key, the value and the allowed range.</summary>
internal sealed class QueueOptionsValidator : IValidateOptions<QueueOptions>
{
    private const int MaxLimit = 100_000;

    public ValidateOptionsResult Validate(string? name, QueueOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        Check(failures, options.MaxConcurrency is >= 1 and <= MaxLimit, nameof(QueueOptions.MaxConcurrency), options.MaxConcurrency, $"between 1 and {MaxLimit}");
        foreach (var (jobType, limit) in options.MaxConcurrencyPerJobType)
        {
            Check(failures, !string.IsNullOrWhiteSpace(jobType), nameof(QueueOptions.MaxConcurrencyPerJobType), $"'{jobType}'", "a non-empty job type");
            Check(failures, limit is >= 1 and <= MaxLimit, $"{nameof(QueueOptions.MaxConcurrencyPerJobType)}:{jobType}", limit, $"between 1 and {MaxLimit}");
        }

        foreach (var (pool, size) in options.ConnectionPools)
        {
            Check(failures, !string.IsNullOrWhiteSpace(pool), nameof(QueueOptions.ConnectionPools), $"'{pool}'", "a non-empty pool name");
            Check(failures, size is >= 1 and <= MaxLimit, $"{nameof(QueueOptions.ConnectionPools)}:{pool}", size, $"between 1 and {MaxLimit}");
        }

        Check(failures, options.MemoryBudgetMegabytes is null or >= 1, nameof(QueueOptions.MemoryBudgetMegabytes), options.MemoryBudgetMegabytes!, "at least 1, or empty for no memory budget");
        Check(failures, options.CostPerHourBudgetUsd is null or > 0, nameof(QueueOptions.CostPerHourBudgetUsd), options.CostPerHourBudgetUsd!, "greater than 0, or empty for no money budget");
        Check(failures, options.AgeingInterval >= TimeSpan.FromMilliseconds(1) && options.AgeingInterval <= TimeSpan.FromDays(1), nameof(QueueOptions.AgeingInterval), options.AgeingInterval, "between 00:00:00.001 and 1.00:00:00");
        Check(failures, options.DefaultJobTimeout > TimeSpan.Zero || options.DefaultJobTimeout == Timeout.InfiniteTimeSpan, nameof(QueueOptions.DefaultJobTimeout), options.DefaultJobTimeout, "positive, or -00:00:00.001 (infinite)");
        Check(failures, options.ShutdownTimeout >= TimeSpan.Zero && options.ShutdownTimeout <= TimeSpan.FromHours(1), nameof(QueueOptions.ShutdownTimeout), options.ShutdownTimeout, "between 00:00:00 and 01:00:00");
        Check(failures, options.MaxRetainedJobs is >= 0 and <= 100_000_000, nameof(QueueOptions.MaxRetainedJobs), options.MaxRetainedJobs, "between 0 and 100000000");
        Check(failures, options.RetainedJobLifetime >= TimeSpan.Zero && options.RetainedJobLifetime <= TimeSpan.FromDays(30), nameof(QueueOptions.RetainedJobLifetime), options.RetainedJobLifetime, "between 00:00:00 and 30.00:00:00");
        Check(failures, options.StatisticsWindow >= TimeSpan.FromSeconds(1) && options.StatisticsWindow <= TimeSpan.FromDays(1), nameof(QueueOptions.StatisticsWindow), options.StatisticsWindow, "between 00:00:01 and 1.00:00:00");
        Check(failures, options.StateChangeBufferSize is >= 1 and <= 10_000_000, nameof(QueueOptions.StateChangeBufferSize), options.StateChangeBufferSize, "between 1 and 10000000");

        var retry = options.Retry;
        Check(failures, retry.MaxAttempts is >= 1 and <= JobRetryOptions.MaxAllowedAttempts, "Retry:MaxAttempts", retry.MaxAttempts, $"between 1 and {JobRetryOptions.MaxAllowedAttempts}");
        Check(failures, retry.BaseDelay >= TimeSpan.Zero && retry.BaseDelay <= TimeSpan.FromDays(1), "Retry:BaseDelay", retry.BaseDelay, "between 00:00:00 and 1.00:00:00");
        Check(failures, retry.MaxDelay >= retry.BaseDelay && retry.MaxDelay <= TimeSpan.FromDays(1), "Retry:MaxDelay", retry.MaxDelay, "at least Retry:BaseDelay and at most 1.00:00:00");
        Check(failures, retry.IsTransient is not null, "Retry:IsTransient", "null", "a filter");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Check(List<string> failures, bool valid, string key, object? value, string range)
    {
        if (!valid)
        {
            failures.Add($"{QueueOptions.SectionName}:{key} is {value ?? "empty"}; it must be {range}.");
        }
    }
}
