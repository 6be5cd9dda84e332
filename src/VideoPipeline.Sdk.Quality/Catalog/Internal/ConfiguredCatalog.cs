using System.Globalization;
using Microsoft.Extensions.Options;

namespace VideoPipeline.Sdk.Quality.Catalog.Internal;

/// <summary>
/// The effective catalog that <see cref="QualityOptions"/> describe: the built-in catalog (unless
/// <see cref="QualityOptions.UseBuiltInCatalog"/> is off), then each of <see cref="QualityOptions.CatalogFiles"/> in order,
/// then <see cref="QualityOptions.Routes"/>; or the failures, each naming its configuration key.
/// </summary>
internal sealed class ConfiguredCatalog
{
    private readonly ProviderCatalog? _catalog;

    private ConfiguredCatalog(ProviderCatalog? catalog, IReadOnlyList<string> failures)
    {
        _catalog = catalog;
        Failures = failures;
    }

    /// <summary>Gets the failures; empty when the catalog was built.</summary>
    public IReadOnlyList<string> Failures { get; }

    /// <summary>Gets the catalog.</summary>
    /// <exception cref="OptionsValidationException">The options describe no valid catalog; the failures name the keys.</exception>
    public ProviderCatalog Catalog => _catalog ?? throw new OptionsValidationException(Options.DefaultName, typeof(QualityOptions), Failures);

    public static ConfiguredCatalog Build(QualityOptions options) => Build(options, AppContext.BaseDirectory);

    public static ConfiguredCatalog Build(QualityOptions options, string baseDirectory)
    {
        var failures = new List<string>();
        var catalog = options.UseBuiltInCatalog ? ProviderCatalog.BuiltIn : new ProviderCatalog([]);
        for (var index = 0; index < options.CatalogFiles.Count; index++)
        {
            var key = string.Create(CultureInfo.InvariantCulture, $"{QualityOptions.SectionName}:{nameof(options.CatalogFiles)}:{index}");
            if (ReadFile(options.CatalogFiles[index], baseDirectory, key, failures) is { } file)
            {
                catalog = catalog.WithRoutes(file.Routes);
            }
        }

        if (failures.Count > 0)
        {
            // The routes below may name routes of the files that failed: their errors would only repeat the files'.
            return new ConfiguredCatalog(null, failures);
        }

        var removed = new List<string>();
        var changed = new List<GenerationRoute>();
        foreach (var (id, routeOptions) in options.Routes.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            var key = $"{QualityOptions.SectionName}:{nameof(options.Routes)}:{id}";
            if (string.IsNullOrWhiteSpace(id))
            {
                failures.Add($"{QualityOptions.SectionName}:{nameof(options.Routes)} has an empty route id; a route id must not be empty.");
            }
            else if (routeOptions is null)
            {
                failures.Add($"{key} is empty; it must be a route's options.");
            }
            else if (routeOptions.Enabled == false)
            {
                removed.Add(id);
            }
            else if (RouteOverride.Apply(id, catalog.Find(id), routeOptions, key, failures) is { } route)
            {
                changed.Add(route);
            }
        }

        return failures.Count > 0
            ? new ConfiguredCatalog(null, failures)
            : new ConfiguredCatalog(catalog.WithoutRoutes(removed).WithRoutes(changed), failures);
    }

    private static ProviderCatalog? ReadFile(string? file, string baseDirectory, string key, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(file))
        {
            failures.Add($"{key} is empty; it must be the path of a catalog file.");
            return null;
        }

        var path = Path.GetFullPath(file, baseDirectory);
        try
        {
            using var stream = File.OpenRead(path);
            return ProviderCatalog.Load(stream);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            failures.Add($"{key} is '{file}'; it must be an existing catalog file, and {path} does not exist.");
        }
        catch (CatalogFormatException exception)
        {
            failures.Add($"{key} is '{file}'; it must be a valid catalog. {exception.Message}");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            failures.Add($"{key} is '{file}'; it must be a readable catalog file, and reading {path} failed: {exception.Message}");
        }

        return null;
    }
}
