namespace VideoPipeline.Sdk.Quality;

/// <summary>
/// Changes one route of the effective <see cref="ProviderCatalog"/> from configuration, keyed by route id in
/// <see cref="QualityOptions.Routes"/> (<c>VideoPipeline:Quality:Routes:&lt;id&gt;</c>). Each property mirrors a field of the
/// catalog's JSON schema; <see langword="null"/> keeps the route's value.
/// </summary>
/// <remarks>
/// For an id the catalog has, the properties set replace the route's fields one by one (for example only
/// <see cref="RoutePriceOptions.Amount"/>, or only <see cref="RemovedOn"/>). For a new id they define a new route and
/// <see cref="Provider"/>, <see cref="Model"/>, <see cref="Kind"/>, <see cref="Tier"/> and <see cref="CapturedOn"/> are
/// required. <see cref="Enabled"/> <see langword="false"/> removes the route. A bad value stops the host at start with a
/// message that names the key.
/// </remarks>
public sealed class RouteOptions
{
    /// <summary>Gets or sets a value indicating whether the route is in the catalog; <see langword="false"/> removes it (an id the
    /// catalog does not have is then ignored).</summary>
    /// <value>The default is <see langword="null"/>: the route is kept.</value>
    public bool? Enabled { get; set; }

    /// <summary>Gets or sets the provider name (<see cref="GenerationRoute.Provider"/>); required for a new route.</summary>
    /// <value>The default is <see langword="null"/>; when set it must not be empty.</value>
    public string? Provider { get; set; }

    /// <summary>Gets or sets the model (<see cref="GenerationRoute.Model"/>); required for a new route.</summary>
    /// <value>The default is <see langword="null"/>; when set it must not be empty.</value>
    public string? Model { get; set; }

    /// <summary>Gets or sets the media kind (<see cref="GenerationRoute.Kind"/>); required for a new route.</summary>
    /// <value>The default is <see langword="null"/>.</value>
    public MediaKind? Kind { get; set; }

    /// <summary>Gets or sets the tier (<see cref="GenerationRoute.Tier"/>); required for a new route.</summary>
    /// <value>The default is <see langword="null"/>.</value>
    public RouteTier? Tier { get; set; }

    /// <summary>Gets or sets the relative quality (<see cref="GenerationRoute.Quality"/>).</summary>
    /// <value>The default is <see langword="null"/> (0.5 for a new route); the range is 0 to 1.</value>
    public double? Quality { get; set; }

    /// <summary>Gets or sets the output resolutions as vertical pixels (<see cref="GenerationRoute.Resolutions"/>); replaces the
    /// route's list.</summary>
    /// <value>The default is <see langword="null"/>; each value must be positive.</value>
    public IList<int>? Resolutions { get; set; }

    /// <summary>Gets or sets the frame rates (<see cref="GenerationRoute.FramesPerSecond"/>); replaces the route's list.</summary>
    /// <value>The default is <see langword="null"/>; each value must be positive.</value>
    public IList<double>? FramesPerSecond { get; set; }

    /// <summary>Gets or sets the clip lengths in seconds (<see cref="GenerationRoute.ClipDurations"/>); replaces the route's list.</summary>
    /// <value>The default is <see langword="null"/>; each value must be greater than 0 and at most 86400.</value>
    public IList<double>? ClipSeconds { get; set; }

    /// <summary>Gets or sets a value indicating whether the route generates audio with its video (<see cref="GenerationRoute.SupportsAudio"/>).</summary>
    /// <value>The default is <see langword="null"/> (<see langword="false"/> for a new route).</value>
    public bool? Audio { get; set; }

    /// <summary>Gets or sets the price fields to change (<see cref="GenerationRoute.Price"/>).</summary>
    /// <value>The default is <see langword="null"/>: the price is kept (unknown for a new route).</value>
    public RoutePriceOptions? Price { get; set; }

    /// <summary>Gets or sets the typical time one call takes, in seconds (<see cref="GenerationRoute.TypicalLatency"/>).</summary>
    /// <value>The default is <see langword="null"/> (0, unknown, for a new route); the range is 0 to 86400.</value>
    public double? TypicalLatencySeconds { get; set; }

    /// <summary>Gets or sets the date the route's facts were captured (<see cref="GenerationRoute.CapturedOn"/>); required for a
    /// new route.</summary>
    /// <value>The default is <see langword="null"/>.</value>
    public DateOnly? CapturedOn { get; set; }

    /// <summary>Gets or sets the deprecation date (<see cref="GenerationRoute.DeprecatedOn"/>).</summary>
    /// <value>The default is <see langword="null"/>; it must not be after <see cref="RemovedOn"/>.</value>
    public DateOnly? DeprecatedOn { get; set; }

    /// <summary>Gets or sets the removal date (<see cref="GenerationRoute.RemovedOn"/>); the route is never chosen from that date.</summary>
    /// <value>The default is <see langword="null"/>; it must not be before <see cref="DeprecatedOn"/>.</value>
    public DateOnly? RemovedOn { get; set; }

    /// <summary>Gets or sets the page the facts come from (<see cref="GenerationRoute.Source"/>).</summary>
    /// <value>The default is <see langword="null"/>; when set it must be an absolute http or https address.</value>
    public Uri? Source { get; set; }

    /// <summary>Gets or sets a value indicating whether the route's figures are examples (<see cref="GenerationRoute.IsExample"/>);
    /// set it to <see langword="false"/> once the figures are those of your contract.</summary>
    /// <value>The default is <see langword="null"/> (<see langword="false"/> for a new route).</value>
    public bool? Example { get; set; }
}
