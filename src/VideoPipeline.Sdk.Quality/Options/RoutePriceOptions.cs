namespace VideoPipeline.Sdk.Quality;

/// <summary>
/// Changes the price of a route from configuration (<c>VideoPipeline:Quality:Routes:&lt;id&gt;:Price</c>). Each property
/// mirrors a field of the catalog's JSON price; <see langword="null"/> keeps the route's value.
/// </summary>
public sealed class RoutePriceOptions
{
    /// <summary>Gets or sets the unit (<see cref="RoutePrice.Unit"/>); it must be the unit of the route's kind.</summary>
    /// <value>The default is <see langword="null"/>: the route's unit, or the unit of its kind when it has no price.</value>
    public PriceUnit? Unit { get; set; }

    /// <summary>Gets or sets the price of one unit in US dollars (<see cref="RoutePrice.Amount"/>); required when the route
    /// has no price yet.</summary>
    /// <value>The default is <see langword="null"/>; when set it must not be negative.</value>
    public decimal? Amount { get; set; }

    /// <summary>Gets or sets prices of one unit at particular resolutions, keyed by vertical pixels
    /// (<see cref="RoutePrice.ResolutionAmounts"/>); each entry adds to or replaces the route's entry for that resolution.</summary>
    /// <value>The default is <see langword="null"/>; keys must be resolutions the route offers and amounts must not be negative.</value>
    public IDictionary<int, decimal>? ResolutionAmounts { get; set; }

    /// <summary>Gets or sets the extra price per unit when the route generates audio (<see cref="RoutePrice.AudioSurcharge"/>).</summary>
    /// <value>The default is <see langword="null"/>; when set it must not be negative.</value>
    public decimal? AudioSurcharge { get; set; }
}
