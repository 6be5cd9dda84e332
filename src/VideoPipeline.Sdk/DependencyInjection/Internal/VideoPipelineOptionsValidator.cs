using Microsoft.Extensions.Options;

namespace VideoPipeline.Sdk.DependencyInjection.Internal;

/// <summary>Validates <see cref="VideoPipelineOptions"/>; messages name the configuration key, the value and the range.</summary>
internal sealed class VideoPipelineOptionsValidator : IValidateOptions<VideoPipelineOptions>
{
    public ValidateOptionsResult Validate(string? name, VideoPipelineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var timeout = options.ProviderTimeout;
        if (timeout < VideoPipelineOptions.MinProviderTimeout || timeout > VideoPipelineOptions.MaxProviderTimeout)
        {
            return ValidateOptionsResult.Fail(
                $"{VideoPipelineOptions.SectionName}:{nameof(VideoPipelineOptions.ProviderTimeout)} is {timeout}; it must be between "
                + $"{VideoPipelineOptions.MinProviderTimeout} and {VideoPipelineOptions.MaxProviderTimeout}.");
        }

        return ValidateOptionsResult.Success;
    }
}
