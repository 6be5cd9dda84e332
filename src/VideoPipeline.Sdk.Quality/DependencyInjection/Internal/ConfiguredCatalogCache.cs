using System.Runtime.CompilerServices;
using VideoPipeline.Sdk.Quality.Catalog.Internal;

namespace VideoPipeline.Sdk.Quality.DependencyInjection.Internal;

/// <summary>
/// Builds the effective catalog once per <see cref="QualityOptions"/> instance, so that the options validator (at start) and
/// the <see cref="ProviderCatalog"/> singleton share one build: the catalog files are read once.
/// </summary>
internal sealed class ConfiguredCatalogCache
{
    private readonly ConditionalWeakTable<QualityOptions, ConfiguredCatalog> _built = [];

    public ConfiguredCatalog GetOrBuild(QualityOptions options) => _built.GetValue(options, ConfiguredCatalog.Build);
}
