using System.Globalization;
using Microsoft.Extensions.Options;
using VideoPipeline.Sdk.Styles.Catalog.Internal;
using VideoPipeline.Sdk.Styles.Templates.Internal;

namespace VideoPipeline.Sdk.Styles.DependencyInjection.Internal;

/// <summary>
/// Validates <see cref="StylesOptions"/>; messages name the configuration key, the value and the allowed range. When the
/// options are valid it loads the catalog they describe (once per options instance, through <see cref="StyleCatalogCache"/>),
/// so that a bad template file or template stops the host at start with a message that names the template and the field.
/// </summary>
internal sealed class StylesOptionsValidator : IValidateOptions<StylesOptions>
{
    private readonly StyleCatalogCache _catalogs;

    public StylesOptionsValidator(StyleCatalogCache catalogs)
    {
        _catalogs = catalogs;
    }

    public ValidateOptionsResult Validate(string? name, StylesOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        Check(failures, options.MaxScenes is >= 1 and <= 10_000, nameof(options.MaxScenes), options.MaxScenes, "between 1 and 10000");
        Check(failures, options.MaxSceneLength is >= 100 and <= 100_000, nameof(options.MaxSceneLength), options.MaxSceneLength, "between 100 and 100000");
        Check(failures, options.SupportedAspectRatios.Count > 0, nameof(options.SupportedAspectRatios), "empty", "a list of at least one aspect ratio");
        for (var index = 0; index < options.SupportedAspectRatios.Count; index++)
        {
            var ratio = options.SupportedAspectRatios[index];
            Check(failures, AspectRatio.TryParse(ratio, out _), $"{nameof(options.SupportedAspectRatios)}:{index}", $"'{ratio}'",
                $"two whole numbers from 1 to {AspectRatio.MaxTerm} separated by a colon, such as 16:9");
        }

        Check(failures, options.SupportedFramesPerSecond.Count > 0, nameof(options.SupportedFramesPerSecond), "empty", "a list of at least one frame rate");
        for (var index = 0; index < options.SupportedFramesPerSecond.Count; index++)
        {
            var rate = options.SupportedFramesPerSecond[index];
            Check(failures, TemplateRules.CheckFramesPerSecond(rate) is null, $"{nameof(options.SupportedFramesPerSecond)}:{index}", rate,
                $"between {TemplateRules.MinFramesPerSecond} and {TemplateRules.MaxFramesPerSecond}");
        }

        for (var index = 0; index < options.TemplateFiles.Count; index++)
        {
            var path = options.TemplateFiles[index];
            Check(failures, !string.IsNullOrWhiteSpace(path), $"{nameof(options.TemplateFiles)}:{index}", $"'{path}'", "the path of a template file");
        }

        Check(failures, options.PresetStorePath is null || !string.IsNullOrWhiteSpace(options.PresetStorePath), nameof(options.PresetStorePath),
            $"'{options.PresetStorePath}'", "null (presets in memory) or the path of a JSON file");

        if (failures.Count == 0 && _catalogs.GetOrLoad(options).Error is { } error)
        {
            failures.Add(error.Message);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Check(List<string> failures, bool valid, string key, object? value, string range)
    {
        if (!valid)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"{StylesOptions.SectionName}:{key} is {value}; it must be {range}."));
        }
    }
}
