using Microsoft.Extensions.Options;

namespace VideoPipeline.Sdk.Caching.DependencyInjection.Internal;

/// <summary>Validates <see cref="PromptCacheOptions"/>; messages name the configuration key, the value and the allowed range.</summary>
internal sealed class PromptCacheOptionsValidator : IValidateOptions<PromptCacheOptions>
{
    private static readonly TimeSpan MaxTimeToLive = TimeSpan.FromDays(365);
    private static readonly TimeSpan MaxFailureCacheDuration = TimeSpan.FromHours(1);

    public ValidateOptionsResult Validate(string? name, PromptCacheOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.MemoryBudgetBytes < PromptCacheOptions.MinBudgetBytes)
        {
            failures.Add(Message(nameof(PromptCacheOptions.MemoryBudgetBytes), options.MemoryBudgetBytes, $"at least {PromptCacheOptions.MinBudgetBytes} (1 MiB)"));
        }

        if (options.MediaBudgetBytes < PromptCacheOptions.MinBudgetBytes)
        {
            failures.Add(Message(nameof(PromptCacheOptions.MediaBudgetBytes), options.MediaBudgetBytes, $"at least {PromptCacheOptions.MinBudgetBytes} (1 MiB)"));
        }

        if (options.InlineContentLimitBytes is < 0 or > 64 << 20)
        {
            failures.Add(Message(nameof(PromptCacheOptions.InlineContentLimitBytes), options.InlineContentLimitBytes, "between 0 and 67108864 (64 MiB)"));
        }

        if (!Enum.IsDefined(options.EvictionPolicy))
        {
            failures.Add(Message(nameof(PromptCacheOptions.EvictionPolicy), options.EvictionPolicy, "CostAware or LeastRecentlyUsed"));
        }

        if (options.TimeValuePerSecond is < 0 or > 1)
        {
            failures.Add(Message(nameof(PromptCacheOptions.TimeValuePerSecond), options.TimeValuePerSecond, "between 0 and 1"));
        }

        if (options.DefaultTimeToLive is { } ttl && (ttl < TimeSpan.FromSeconds(1) || ttl > MaxTimeToLive))
        {
            failures.Add(Message(nameof(PromptCacheOptions.DefaultTimeToLive), ttl, $"between 00:00:01 and {MaxTimeToLive}, or empty for no expiry"));
        }

        if (!(options.SimilarityThreshold is > 0 and <= 1))
        {
            failures.Add(Message(nameof(PromptCacheOptions.SimilarityThreshold), options.SimilarityThreshold, "a cosine similarity greater than 0 and at most 1"));
        }

        if (options.CompressionThresholdBytes is < 64 or > 64 << 20)
        {
            failures.Add(Message(nameof(PromptCacheOptions.CompressionThresholdBytes), options.CompressionThresholdBytes, "between 64 and 67108864 (64 MiB)"));
        }

        if (options.FailureCacheDuration < TimeSpan.Zero || options.FailureCacheDuration > MaxFailureCacheDuration)
        {
            failures.Add(Message(nameof(PromptCacheOptions.FailureCacheDuration), options.FailureCacheDuration, $"between 00:00:00 and {MaxFailureCacheDuration}"));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static string Message(string key, object value, string range) =>
        $"{PromptCacheOptions.SectionName}:{key} is {value}; it must be {range}.";
}
