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
    /// Gets the overrides of the built-in quality profiles, keyed by level name (<c>Economy</c>, <c>Standard</c>,
    /// <c>Premium</c>, <c>Ultra</c>, case-insensitive), bound from <c>VideoPipeline:Quality:Profiles</c>. A level without an
    /// entry keeps its built-in profile (<see cref="QualityProfile.GetDefault(QualityLevel)"/>); <see cref="QualityProfiles"/>
    /// serves the result. A key that is not a level stops the host at start.
    /// </summary>
    /// <value>The default is empty.</value>
    public IDictionary<string, QualityProfileOptions> Profiles { get; } = new Dictionary<string, QualityProfileOptions>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets or sets how many generation calls a plan assumes run at the same time, for
    /// <see cref="ProductionPlan.EstimatedGenerationTime"/>.</summary>
    /// <value>The default is 4; the range is 1 to 1000.</value>
    public int MaxParallelCalls { get; set; } = 4;

    /// <summary>Gets or sets the seed of the optimizer's draws: the same seed, state and calls give the same choices.</summary>
    /// <value>The default is 0.</value>
    public long LearnerSeed { get; set; }

    /// <summary>Gets or sets how many ratings a plan's quality score counts for before feedback on the profile: the larger,
    /// the more feedback it takes to change what the optimizer believes of a profile.</summary>
    /// <value>The default is 10; the range is 0.1 to 1000.</value>
    public double PriorStrength { get; set; } = 10;

    /// <summary>Gets or sets how many of the latest runs the optimizer can take feedback for; feedback for older runs is
    /// ignored (<see cref="IQualityOptimizer.RecordFeedbackAsync"/> returns <see langword="false"/>).</summary>
    /// <value>The default is 10,000; the range is 1 to 10,000,000.</value>
    public int MaxTrackedRuns { get; set; } = 10_000;

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
