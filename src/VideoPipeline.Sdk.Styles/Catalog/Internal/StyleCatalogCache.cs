using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;

namespace VideoPipeline.Sdk.Styles.Catalog.Internal;

/// <summary>
/// Loads the catalog once per options instance: the options validator loads it at start (so a bad template stops the host),
/// and the template manager, built from the same options instance, reuses the result instead of reading the files again.
/// </summary>
internal sealed class StyleCatalogCache
{
    private readonly ConditionalWeakTable<StylesOptions, Lazy<CatalogLoadOutcome>> _outcomes = new();
    private readonly ILogger _logger;

    public StyleCatalogCache(ILogger<StyleCatalogCache> logger)
    {
        _logger = logger;
    }

    /// <summary>Gets the outcome of loading the catalog the options describe; the options must have valid formats.</summary>
    public CatalogLoadOutcome GetOrLoad(StylesOptions options) =>
        _outcomes.GetValue(options, key => new Lazy<CatalogLoadOutcome>(() => Load(key))).Value;

    private CatalogLoadOutcome Load(StylesOptions options)
    {
        try
        {
            return new CatalogLoadOutcome(StyleCatalogLoader.Load(options, _logger), null);
        }
        catch (StyleCatalogFormatException exception)
        {
            return new CatalogLoadOutcome(null, exception);
        }
    }
}
