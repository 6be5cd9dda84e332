using Microsoft.Extensions.Configuration;

namespace VideoPipeline.Sdk.Styles;

/// <summary>
/// Options of the Styles package, bound from the <c>VideoPipeline:Styles</c> configuration section. The catalog is the
/// built-in templates, then <see cref="TemplateFiles"/> in order, then the templates in configuration, then
/// <see cref="Templates"/>; a later template with the same id replaces an earlier one. Invalid values and invalid templates
/// stop the host at start with a message that names the key or the template and its field.
/// </summary>
public sealed class StylesOptions
{
    /// <summary>The configuration section the options are bound from: <c>VideoPipeline:Styles</c>.</summary>
    public const string SectionName = "VideoPipeline:Styles";

    /// <summary>
    /// Gets or sets a value indicating whether the built-in catalog is loaded. A built-in template whose aspect ratio or frame
    /// rate is not in <see cref="SupportedAspectRatios"/> or <see cref="SupportedFramesPerSecond"/> is left out (and logged);
    /// in any other source such a template is an error.
    /// </summary>
    /// <value>The default is <see langword="true"/>.</value>
    public bool UseBuiltInTemplates { get; set; } = true;

    /// <summary>
    /// Gets the JSON files to load templates from, in the catalog's schema (<c>{ "templates": [ … ] }</c>, see the package
    /// README), each at most 4 MiB. Relative paths are resolved against the current directory.
    /// </summary>
    /// <value>The default is empty.</value>
    public IList<string> TemplateFiles { get; } = new List<string>();

    /// <summary>
    /// Gets templates added in code, loaded last. In configuration, <c>VideoPipeline:Styles:Templates</c> holds templates
    /// in the JSON catalog's schema instead (read strictly, with the same checks as files) when the options are bound with
    /// <c>AddStyles(section)</c>.
    /// </summary>
    /// <value>The default is empty.</value>
    public IList<StyleTemplate> Templates { get; } = new List<StyleTemplate>();

    /// <summary>
    /// Gets the aspect ratios the host's provider routes can generate, written <c>width:height</c>. Set them to what your
    /// routes offer: a template with another ratio does not load. Configured values replace the defaults.
    /// </summary>
    /// <value>The default is 16:9, 9:16, 1:1, 4:5 and 21:9; at least one, each two whole numbers from 1 to 100.</value>
    public IList<string> SupportedAspectRatios { get; } = ["16:9", "9:16", "1:1", "4:5", "21:9"];

    /// <summary>
    /// Gets the frame rates the host's provider routes can generate. Set them to what your routes offer: a template with
    /// another rate does not load, and generated parameters only use these rates. Configured values replace the defaults.
    /// </summary>
    /// <value>The default is 24, 25, 30 and 60; at least one, each between 1 and 240.</value>
    public IList<double> SupportedFramesPerSecond { get; } = [24, 25, 30, 60];

    /// <summary>Gets or sets the most scenes one <see cref="IStyleTemplateManager.GenerateStyleParameters"/> call takes.</summary>
    /// <value>The default is 500; the range is 1 to 10,000.</value>
    public int MaxScenes { get; set; } = 500;

    /// <summary>Gets or sets the most characters one scene's description may have.</summary>
    /// <value>The default is 4,000; the range is 100 to 100,000.</value>
    public int MaxSceneLength { get; set; } = 4_000;

    /// <summary>Gets or sets the <c>Templates</c> subsection of the bound configuration, read by the catalog loader.</summary>
    internal IConfigurationSection? ConfigurationTemplates { get; set; }

    /// <summary>
    /// Gets or sets the JSON file presets are kept in. When set, the default <see cref="IStylePresetStore"/> keeps every preset
    /// in that one file (the bundle format of <see cref="StylePresetSharing"/>), written atomically; when <see langword="null"/>,
    /// presets are kept in memory and lost when the process ends. A relative path is resolved against the current directory.
    /// One process per file. An <see cref="IStylePresetStore"/> registered before <c>AddStyles</c> replaces either.
    /// </summary>
    /// <value>The default is <see langword="null"/> (in memory); when set, not empty or white space.</value>
    public string? PresetStorePath { get; set; }

    /// <summary>
    /// Gets or sets the most template and preset ids <see cref="IStyleUsageAnalytics"/> keeps statistics for. Events for a
    /// new id beyond it are not kept (the record methods return <see langword="false"/>) but are still counted on the meter.
    /// </summary>
    /// <value>The default is 10,000; the range is 1 to 1,000,000.</value>
    public int MaxTrackedStyles { get; set; } = 10_000;

    /// <summary>
    /// Gets or sets the weight of the prior in the Bayesian average rating, in ratings: the mean of every rating recorded
    /// counts as this many ratings of each id (see <see cref="StyleUsageStatistics.BayesianRating"/>).
    /// </summary>
    /// <value>The default is 10; the range is 0 to 10,000 (0 makes it the plain mean).</value>
    public double RatingPriorWeight { get; set; } = 10;

    /// <summary>Gets or sets the time after which a use counts half as much in the trending score.</summary>
    /// <value>The default is 7 days; the range is 1 minute to 365 days.</value>
    public TimeSpan TrendingHalfLife { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// Gets or sets the share of popularity in a recommendation's score: <c>score = (1 − w) × fit + w × popularity</c>.
    /// </summary>
    /// <value>The default is 0.2; the range is 0 to 1.</value>
    public double RecommendationPopularityWeight { get; set; } = 0.2;
}
