using System.Collections.Frozen;
using VideoPipeline.Sdk.Quality.Catalog.Internal;

namespace VideoPipeline.Sdk.Quality;

/// <summary>
/// An immutable set of <see cref="GenerationRoute"/>s, unique by id, and the rules that choose one: a route is never chosen
/// on or after its removal date, and a deprecated route only when no active route of the same kind and tier exists.
/// </summary>
/// <remarks>The catalog is immutable and safe to share between threads.</remarks>
public sealed class ProviderCatalog
{
    private readonly FrozenDictionary<string, GenerationRoute> _byId;

    /// <summary>Initializes a new instance of the <see cref="ProviderCatalog"/> class.</summary>
    /// <param name="routes">The routes.</param>
    /// <exception cref="ArgumentNullException"><paramref name="routes"/> or one of them is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two routes share an id, or a route breaks a rule across its fields; the message
    /// names the route and the field.</exception>
    public ProviderCatalog(IEnumerable<GenerationRoute> routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        var byId = new Dictionary<string, GenerationRoute>(StringComparer.Ordinal);
        foreach (var route in routes)
        {
            ArgumentNullException.ThrowIfNull(route, nameof(routes));
            if (RouteRules.FindViolation(route) is { } violation)
            {
                throw new ArgumentException($"Route '{route.Id}': {violation}", nameof(routes));
            }

            if (!byId.TryAdd(route.Id, route))
            {
                throw new ArgumentException($"Route '{route.Id}' appears more than once.", nameof(routes));
            }
        }

        _byId = byId.ToFrozenDictionary(StringComparer.Ordinal);
        Routes = [.. byId.Values.OrderBy(route => route.Kind).ThenBy(route => route.Tier).ThenBy(route => route.Id, StringComparer.Ordinal)];
    }

    /// <summary>Gets every route, removed ones included, ordered by kind, tier and id.</summary>
    public IReadOnlyList<GenerationRoute> Routes { get; }

    /// <summary>Finds a route by id.</summary>
    /// <param name="routeId">The route's id (case-sensitive).</param>
    /// <returns>The route, or <see langword="null"/> when the catalog has none with that id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="routeId"/> is <see langword="null"/>.</exception>
    public GenerationRoute? Find(string routeId)
    {
        ArgumentNullException.ThrowIfNull(routeId);
        return _byId.GetValueOrDefault(routeId);
    }

    /// <summary>Gets the routes of a kind that can still be used on a date (active and deprecated ones).</summary>
    /// <param name="kind">The media kind.</param>
    /// <param name="date">The date, usually today in UTC.</param>
    /// <returns>The routes, ordered by tier and id.</returns>
    public IEnumerable<GenerationRoute> GetUsableRoutes(MediaKind kind, DateOnly date) =>
        Routes.Where(route => route.Kind == kind && route.GetStatus(date) != RouteStatus.Removed);

    /// <summary>
    /// Chooses the route for a kind and tier on a date: among active routes of that kind and tier the one with the highest
    /// <see cref="GenerationRoute.Quality"/>, then the lowest base price, then the lowest id; a deprecated route only when no
    /// active one exists; never a removed route.
    /// </summary>
    /// <param name="kind">The media kind.</param>
    /// <param name="tier">The tier.</param>
    /// <param name="date">The date, usually today in UTC.</param>
    /// <returns>The route, or <see langword="null"/> when no usable route of that kind and tier exists.</returns>
    public GenerationRoute? SelectRoute(MediaKind kind, RouteTier tier, DateOnly date)
    {
        GenerationRoute? best = null;
        var bestStatus = RouteStatus.Removed;
        foreach (var route in Routes)
        {
            if (route.Kind != kind || route.Tier != tier)
            {
                continue;
            }

            var status = route.GetStatus(date);
            if (status == RouteStatus.Removed)
            {
                continue;
            }

            if (best is null || status < bestStatus || (status == bestStatus && IsPreferred(route, best)))
            {
                best = route;
                bestStatus = status;
            }
        }

        return best;
    }

    /// <summary>
    /// Finds the route to use in place of one that is deprecated or removed on a date: the route chosen by
    /// <see cref="SelectRoute"/> for the same kind and tier when it is active, else the route itself while it is still usable.
    /// </summary>
    /// <param name="routeId">The id of the route asked for.</param>
    /// <param name="date">The date, usually today in UTC.</param>
    /// <returns>The route itself when it is active; else its replacement; <see langword="null"/> when the id is unknown, or
    /// the route is removed and no other route of its kind and tier is usable.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="routeId"/> is <see langword="null"/>.</exception>
    public GenerationRoute? Resolve(string routeId, DateOnly date)
    {
        if (Find(routeId) is not { } route)
        {
            return null;
        }

        var status = route.GetStatus(date);
        if (status == RouteStatus.Active)
        {
            return route;
        }

        var replacement = SelectRoute(route.Kind, route.Tier, date);
        return replacement is not null && replacement.GetStatus(date) == RouteStatus.Active ? replacement
            : status == RouteStatus.Deprecated ? route
            : replacement;
    }

    private static bool IsPreferred(GenerationRoute candidate, GenerationRoute current)
    {
        if (candidate.Quality != current.Quality)
        {
            return candidate.Quality > current.Quality;
        }

        var candidatePrice = candidate.Price?.Amount;
        var currentPrice = current.Price?.Amount;
        if (candidatePrice != currentPrice)
        {
            // A known price is preferred to an unknown one, then the cheaper.
            return currentPrice is null || (candidatePrice is { } price && price < currentPrice.Value);
        }

        return string.CompareOrdinal(candidate.Id, current.Id) < 0;
    }
}
