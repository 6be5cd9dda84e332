using Microsoft.Extensions.Options;

namespace VideoPipeline.Sdk.Quality.DependencyInjection.Internal;

/// <summary>
/// Validates the catalog part of <see cref="QualityOptions"/> by building the effective catalog: a missing or malformed
/// catalog file and a bad route override fail with messages that name the configuration key.
/// </summary>
internal sealed class CatalogOptionsValidator(ConfiguredCatalogCache cache) : IValidateOptions<QualityOptions>
{
    public ValidateOptionsResult Validate(string? name, QualityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = cache.GetOrBuild(options).Failures;
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
