using System.Globalization;

namespace VideoPipeline.Sdk.Quality.Planning.Internal;

/// <summary>
/// Chooses the route for a kind and tier on one date for one plan, with the fallback and the notes the plan reports: the
/// tier asked for, else the nearest lower tier, else the nearest higher; a note for each fallback, each deprecated route
/// and anything else the planner adds, each note once, in the order they arose. Not thread-safe: one per plan.
/// </summary>
internal sealed class RouteChooser(ProviderCatalog catalog, DateOnly date)
{
    private readonly Dictionary<(MediaKind, RouteTier), GenerationRoute> _chosen = [];
    private readonly List<string> _notes = [];

    public IReadOnlyList<string> Notes => _notes;

    /// <exception cref="InvalidOperationException">No tier of the kind has a usable route on the date.</exception>
    public GenerationRoute Choose(MediaKind kind, RouteTier tier)
    {
        if (_chosen.TryGetValue((kind, tier), out var chosen))
        {
            return chosen;
        }

        foreach (var candidate in FallbackOrder(tier))
        {
            if (catalog.SelectRoute(kind, candidate, date) is not { } route)
            {
                continue;
            }

            if (candidate != tier)
            {
                AddNote($"no {Name(tier)} {Name(kind)} route on {Format(date)}; used {Name(candidate)} route '{route.Id}'");
            }

            if (route.GetStatus(date) == RouteStatus.Deprecated)
            {
                var removal = route.RemovedOn is { } removed ? $" and is removed on {Format(removed)}" : string.Empty;
                AddNote($"route '{route.Id}' is deprecated since {Format(route.DeprecatedOn!.Value)}{removal}; no active {Name(candidate)} {Name(kind)} route replaces it");
            }

            _chosen[(kind, tier)] = route;
            return route;
        }

        throw new InvalidOperationException(
            $"The catalog has no usable {Name(kind)} route on {Format(date)} in any tier; a plan that generates {Name(kind)} cannot be made.");
    }

    public void AddNote(string note)
    {
        if (!_notes.Contains(note))
        {
            _notes.Add(note);
        }
    }

    // The tier itself, then each lower tier from the nearest, then each higher tier from the nearest.
    private static IEnumerable<RouteTier> FallbackOrder(RouteTier tier)
    {
        for (var candidate = (int)tier; candidate >= (int)RouteTier.Lite; candidate--)
        {
            yield return (RouteTier)candidate;
        }

        for (var candidate = (int)tier + 1; candidate <= (int)RouteTier.Flagship; candidate++)
        {
            yield return (RouteTier)candidate;
        }
    }

    private static string Name<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();

    private static string Format(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
