namespace VideoPipeline.Sdk.Quality.Catalog.Internal;

/// <summary>
/// The rules across a route's fields that its property setters cannot check one at a time. Returns the first broken rule
/// as a sentence naming the field, so that catalogs built in code and catalogs read from JSON report it the same way.
/// </summary>
internal static class RouteRules
{
    public static string? FindViolation(GenerationRoute route)
    {
        if (!Enum.IsDefined(route.Kind))
        {
            return $"kind {(int)route.Kind} is not a media kind.";
        }

        if (!Enum.IsDefined(route.Tier))
        {
            return $"tier {(int)route.Tier} is not a route tier.";
        }

        if (route.Kind is MediaKind.Video or MediaKind.Image && route.Resolutions.Count == 0)
        {
            return $"a {route.Kind.ToString().ToLowerInvariant()} route needs at least one resolution.";
        }

        if (route.Kind == MediaKind.Video && route.FramesPerSecond.Count == 0)
        {
            return "a video route needs at least one frame rate.";
        }

        if (route.Kind == MediaKind.Video && route.ClipDurations.Count == 0)
        {
            return "a video route needs at least one clip duration.";
        }

        if (route.SupportsAudio && route.Kind != MediaKind.Video)
        {
            return "only video routes generate audio alongside their output.";
        }

        if (route.Price is { } price && price.Unit != ExpectedUnit(route.Kind))
        {
            return $"a {route.Kind.ToString().ToLowerInvariant()} route is priced per {ExpectedUnit(route.Kind)}, not per {price.Unit}.";
        }

        if (route.DeprecatedOn is { } deprecated && route.RemovedOn is { } removed && removed < deprecated)
        {
            return $"removedOn {removed:yyyy-MM-dd} is before deprecatedOn {deprecated:yyyy-MM-dd}.";
        }

        return null;
    }

    public static PriceUnit ExpectedUnit(MediaKind kind) => kind switch
    {
        MediaKind.Video => PriceUnit.Second,
        MediaKind.Image => PriceUnit.Image,
        MediaKind.Speech => PriceUnit.ThousandCharacters,
        MediaKind.Music => PriceUnit.Track,
        _ => PriceUnit.ThousandTokens,
    };
}
