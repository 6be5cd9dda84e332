using System.Collections.Frozen;
using System.Text;
using VideoPipeline.Sdk.Quality.Catalog.Internal;

namespace VideoPipeline.Sdk.Quality;

/// <summary>
/// An immutable set of <see cref="GenerationRoute"/>s, unique by id, and the rules that choose one: a route is never chosen
/// on or after its removal date, and a deprecated route only when no active route of the same kind and tier exists.
/// </summary>
/// <remarks>
/// The catalog is immutable and safe to share between threads. <see cref="BuiltIn"/> holds example routes; <see cref="Parse"/>
/// and <see cref="Load"/> read a catalog in the JSON schema described in the package README, and <see cref="ToJson"/> writes
/// one; <see cref="WithRoutes"/> and <see cref="WithoutRoutes"/> derive a catalog with the integrator's own routes.
/// </remarks>
public sealed class ProviderCatalog
{
    private const string BuiltInResourceName = "VideoPipeline.Sdk.Quality.Catalog.routes.json";

    private static readonly Lazy<ProviderCatalog> BuiltInCatalog = new(LoadBuiltIn);

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
                throw new ArgumentException($"Route '{route.Id}' ({violation.Field}): {violation.Message}", nameof(routes));
            }

            if (!byId.TryAdd(route.Id, route))
            {
                throw new ArgumentException($"Route '{route.Id}' appears more than once.", nameof(routes));
            }
        }

        _byId = byId.ToFrozenDictionary(StringComparer.Ordinal);
        Routes = [.. byId.Values.OrderBy(route => route.Kind).ThenBy(route => route.Tier).ThenBy(route => route.Id, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Gets the catalog embedded in this package: example routes of real providers for every tier of video, image, speech
    /// and music and two text routes, with prices captured in 2026 from the providers' public pricing pages. Every route has
    /// <see cref="GenerationRoute.IsExample"/> set: replace the figures with the prices of your own contracts.
    /// </summary>
    /// <remarks>Read from the embedded resource once, on first use, and shared.</remarks>
    public static ProviderCatalog BuiltIn => BuiltInCatalog.Value;

    /// <summary>Gets every route, removed ones included, ordered by kind, tier and id.</summary>
    public IReadOnlyList<GenerationRoute> Routes { get; }

    /// <summary>
    /// Reads a catalog from JSON text in the catalog schema (<c>{"schemaVersion": 1, "routes": [...]}</c>, described in the
    /// package README). The reading is strict: anything the schema does not allow is an error. Comments are allowed.
    /// </summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="CatalogFormatException">The text is not valid JSON, or breaks the schema or a rule across a route's
    /// fields; the message names the entry and the JSON path, and for a syntax error the line and position.</exception>
    public static ProviderCatalog Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return new ProviderCatalog(CatalogJsonReader.Read(Encoding.UTF8.GetBytes(json)));
    }

    /// <summary>Reads a catalog from a stream of UTF-8 JSON in the catalog schema, as <see cref="Parse"/> does. The stream is
    /// read to its end and left open.</summary>
    /// <param name="utf8Json">The stream, for example a catalog file opened for reading.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="CatalogFormatException">The JSON is malformed or breaks the schema; see <see cref="Parse"/>.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static ProviderCatalog Load(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = new MemoryStream();
        utf8Json.CopyTo(buffer);
        return new ProviderCatalog(CatalogJsonReader.Read(buffer.GetBuffer().AsMemory(0, (int)buffer.Length)));
    }

    /// <summary>
    /// Returns a new catalog with <paramref name="routes"/> added: a route whose id is already in this catalog replaces that
    /// route whole; the others are added. This catalog does not change.
    /// </summary>
    /// <param name="routes">The routes to add or replace.</param>
    /// <returns>The new catalog.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="routes"/> or one of them is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two of <paramref name="routes"/> share an id, or one breaks a rule across its
    /// fields; the message names the route.</exception>
    public ProviderCatalog WithRoutes(IEnumerable<GenerationRoute> routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        var merged = new Dictionary<string, GenerationRoute>(_byId, StringComparer.Ordinal);
        var added = new HashSet<string>(StringComparer.Ordinal);
        foreach (var route in routes)
        {
            ArgumentNullException.ThrowIfNull(route, nameof(routes));
            if (!added.Add(route.Id))
            {
                throw new ArgumentException($"Route '{route.Id}' appears more than once.", nameof(routes));
            }

            merged[route.Id] = route;
        }

        return new ProviderCatalog(merged.Values);
    }

    /// <summary>Returns a new catalog without the routes with the given ids; ids this catalog does not have are ignored. This
    /// catalog does not change.</summary>
    /// <param name="routeIds">The ids of the routes to leave out (case-sensitive).</param>
    /// <returns>The new catalog.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="routeIds"/> or one of them is <see langword="null"/>.</exception>
    public ProviderCatalog WithoutRoutes(IEnumerable<string> routeIds)
    {
        ArgumentNullException.ThrowIfNull(routeIds);
        var removed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var routeId in routeIds)
        {
            ArgumentNullException.ThrowIfNull(routeId, nameof(routeIds));
            removed.Add(routeId);
        }

        return new ProviderCatalog(Routes.Where(route => !removed.Contains(route.Id)));
    }

    /// <summary>Writes the catalog as indented JSON in the catalog schema; <see cref="Parse"/> reads it back to equal routes.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => CatalogJsonWriter.Write(Routes);

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

    private static ProviderCatalog LoadBuiltIn()
    {
        using var stream = typeof(ProviderCatalog).Assembly.GetManifestResourceStream(BuiltInResourceName)
            ?? throw new InvalidOperationException($"The embedded catalog {BuiltInResourceName} is missing from {typeof(ProviderCatalog).Assembly.FullName}.");
        return Load(stream);
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
