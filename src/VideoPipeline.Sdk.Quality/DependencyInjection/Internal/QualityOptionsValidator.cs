using System.Globalization;
using Microsoft.Extensions.Options;
using VideoPipeline.Sdk.Quality.Profiles.Internal;

namespace VideoPipeline.Sdk.Quality.DependencyInjection.Internal;

/// <summary>Validates <see cref="QualityOptions"/>; messages name the configuration key, the value and the allowed range.</summary>
internal sealed class QualityOptionsValidator : IValidateOptions<QualityOptions>
{
    public ValidateOptionsResult Validate(string? name, QualityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        Check(failures, options.WordsPerMinute is >= 60 and <= 400, nameof(options.WordsPerMinute), options.WordsPerMinute, "between 60 and 400");
        Check(failures, options.SecondsPerShot is >= 1 and <= 60, nameof(options.SecondsPerShot), options.SecondsPerShot, "between 1 and 60");
        Check(failures, options.SecondsPerScene is >= 5 and <= 600, nameof(options.SecondsPerScene), options.SecondsPerScene, "between 5 and 600");
        Check(failures, options.MaxParallelCalls is >= 1 and <= 1000, nameof(options.MaxParallelCalls), options.MaxParallelCalls, "between 1 and 1000");
        Check(failures, options.PriorStrength is >= 0.1 and <= 1000, nameof(options.PriorStrength), options.PriorStrength, "between 0.1 and 1000");
        Check(failures, options.MaxTrackedRuns is >= 1 and <= 10_000_000, nameof(options.MaxTrackedRuns), options.MaxTrackedRuns, "between 1 and 10000000");
        ProfileRules.Validate(options.Profiles, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Check(List<string> failures, bool valid, string key, double value, string range)
    {
        if (!valid)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"{QualityOptions.SectionName}:{key} is {value}; it must be {range}."));
        }
    }
}
