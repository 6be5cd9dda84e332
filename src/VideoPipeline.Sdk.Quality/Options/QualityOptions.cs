namespace VideoPipeline.Sdk.Quality;

/// <summary>
/// Options of the Quality package, bound from the <c>VideoPipeline:Quality</c> configuration section. Invalid values stop
/// the host at start with a message that names the key, the value and the allowed range.
/// </summary>
public sealed class QualityOptions
{
    /// <summary>The configuration section the options are bound from: <c>VideoPipeline:Quality</c>.</summary>
    public const string SectionName = "VideoPipeline:Quality";

    /// <summary>Gets or sets the narration speed that <see cref="ContentAnalysis.NarrationDuration"/> assumes.</summary>
    /// <value>The default is 150 words per minute; the range is 60 to 400.</value>
    public double WordsPerMinute { get; set; } = 150;

    /// <summary>Gets or sets the shortest shot the estimates assume: <see cref="ContentAnalysis.EstimatedShots"/> is at most
    /// one per this many seconds of narration.</summary>
    /// <value>The default is 3 seconds; the range is 1 to 60.</value>
    public double SecondsPerShot { get; set; } = 3;

    /// <summary>Gets or sets the length of a scene when the text has neither scene headings nor paragraphs to count:
    /// <see cref="ContentAnalysis.EstimatedScenes"/> is then one per this many seconds of narration.</summary>
    /// <value>The default is 30 seconds; the range is 5 to 600.</value>
    public double SecondsPerScene { get; set; } = 30;

    /// <summary>
    /// Gets or sets a value indicating whether the effective <see cref="ProviderCatalog"/> starts from
    /// <see cref="ProviderCatalog.BuiltIn"/> (example routes) before <see cref="CatalogFiles"/> and <see cref="Routes"/> apply.
    /// </summary>
    /// <value>The default is <see langword="true"/>.</value>
    public bool UseBuiltInCatalog { get; set; } = true;

    /// <summary>
    /// Gets the catalog files to apply, in order, over the built-in catalog: JSON files in the catalog schema, whose routes
    /// replace routes with the same id whole and add the others. A relative path is relative to the application's base
    /// directory (<see cref="AppContext.BaseDirectory"/>). A missing or malformed file stops the host at start.
    /// </summary>
    /// <value>The default is empty.</value>
    public IList<string> CatalogFiles { get; } = new List<string>();

    /// <summary>
    /// Gets the changes to single routes, keyed by route id (case-sensitive), applied after <see cref="CatalogFiles"/>:
    /// individual fields of an existing route, a new route, or a route removed with <see cref="RouteOptions.Enabled"/>
    /// <see langword="false"/>. A bad value stops the host at start with a message that names the key.
    /// </summary>
    /// <value>The default is empty.</value>
    public IDictionary<string, RouteOptions> Routes { get; } = new Dictionary<string, RouteOptions>(StringComparer.Ordinal);
}
