using Microsoft.Extensions.Options;

namespace VideoPipeline.Sdk.Caching.DependencyInjection.Internal;

/// <summary>Validates <see cref="MediaStoreOptions"/>; messages name the configuration key and the value.</summary>
internal sealed class MediaStoreOptionsValidator : IValidateOptions<MediaStoreOptions>
{
    public ValidateOptionsResult Validate(string? name, MediaStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.RootPath is { Length: > 0 } root && (!Path.IsPathFullyQualified(root) || root.AsSpan().IndexOfAny(Path.GetInvalidPathChars()) >= 0))
        {
            return ValidateOptionsResult.Fail(
                $"{MediaStoreOptions.SectionName}:{nameof(MediaStoreOptions.RootPath)} is '{root}'; it must be an absolute directory path, or empty to keep media in memory.");
        }

        return ValidateOptionsResult.Success;
    }
}
