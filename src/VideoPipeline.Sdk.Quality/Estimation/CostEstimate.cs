namespace VideoPipeline.Sdk.Quality;

/// <summary>
/// The expected cost of a <see cref="ProductionPlan"/>, line by line (one <see cref="CostLine"/> per step) and per media
/// kind, with a band up to <see cref="Maximum"/> for retries, and whether every price was known. Amounts are exact decimals.
/// </summary>
/// <remarks>
/// When a route of the plan has no price, the estimate does not guess: <see cref="IsKnown"/> is <see langword="false"/>,
/// <see cref="UnknownPriceRoutes"/> names the routes, their lines have no cost, and the totals cover the other lines only.
/// Prices are facts captured on a date; <see cref="PricesCapturedOn"/> tells how old the oldest one is.
/// Immutable and safe to share between threads.
/// </remarks>
public sealed class CostEstimate
{
    internal CostEstimate(
        ProductionPlan plan,
        IReadOnlyList<CostLine> lines,
        IReadOnlyList<string> unknownPriceRoutes,
        IReadOnlyDictionary<MediaKind, Money> byKind,
        Money expected,
        Money reserve,
        DateOnly? pricesCapturedOn)
    {
        Plan = plan;
        Lines = lines;
        UnknownPriceRoutes = unknownPriceRoutes;
        ByKind = byKind;
        Expected = expected;
        Reserve = reserve;
        PricesCapturedOn = pricesCapturedOn;
    }

    /// <summary>Gets the plan that was priced.</summary>
    public ProductionPlan Plan { get; }

    /// <summary>Gets a value indicating whether every route of the plan has a price, so that <see cref="Expected"/> is the
    /// cost of the whole plan; <see langword="false"/> when it is the cost of part of it (see <see cref="UnknownPriceRoutes"/>).</summary>
    public bool IsKnown => UnknownPriceRoutes.Count == 0;

    /// <summary>Gets the ids of the plan's routes without a price, in the order of their first step; empty when
    /// <see cref="IsKnown"/>.</summary>
    public IReadOnlyList<string> UnknownPriceRoutes { get; }

    /// <summary>Gets the expected cost: the sum of the lines whose cost is known.</summary>
    public Money Expected { get; }

    /// <summary>Gets the amount to keep in reserve for retries and regenerations: <see cref="Expected"/> ×
    /// <see cref="QualityProfile.RetryReserve"/> of the plan's profile.</summary>
    public Money Reserve { get; }

    /// <summary>Gets the top of the band: <see cref="Expected"/> + <see cref="Reserve"/>.</summary>
    public Money Maximum => Expected + Reserve;

    /// <summary>Gets one line per step of the plan, in the plan's order.</summary>
    public IReadOnlyList<CostLine> Lines { get; }

    /// <summary>Gets the known cost per media kind, for every kind the plan generates; the amounts add up to
    /// <see cref="Expected"/>.</summary>
    public IReadOnlyDictionary<MediaKind, Money> ByKind { get; }

    /// <summary>Gets the oldest <see cref="GenerationRoute.CapturedOn"/> among the plan's routes: the prices are at least as
    /// fresh as this date. <see langword="null"/> for a plan without steps.</summary>
    public DateOnly? PricesCapturedOn { get; }
}
