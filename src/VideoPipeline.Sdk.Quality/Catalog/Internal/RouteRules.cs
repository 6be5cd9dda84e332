using System.Globalization;

namespace VideoPipeline.Sdk.Quality.Catalog.Internal;

/// <summary>
/// The rules across a route's fields that its property setters cannot check one at a time. Returns the first broken rule
/// with the field to blame, so that catalogs built in code, read from JSON and changed from configuration report it the
/// same way.
/// </summary>
internal static class RouteRules
{
    public static RouteRuleViolation? FindViolation(GenerationRoute route)
    {
        if (!Enum.IsDefined(route.Kind))
        {
            return new("kind", $"kind {(int)route.Kind} is not a media kind.");
        }

        if (!Enum.IsDefined(route.Tier))
        {
            return new("tier", $"tier {(int)route.Tier} is not a route tier.");
        }

        if (route.Kind is MediaKind.Video or MediaKind.Image && route.Resolutions.Count == 0)
        {
            return new("resolutions", $"a {KindName(route.Kind)} route needs at least one resolution.");
        }

        if (route.Kind == MediaKind.Video && route.FramesPerSecond.Count == 0)
        {
            return new("framesPerSecond", "a video route needs at least one frame rate.");
        }

        if (route.Kind == MediaKind.Video && route.ClipDurations.Count == 0)
        {
            return new("clipSeconds", "a video route needs at least one clip length.");
        }

        if (route.SupportsAudio && route.Kind != MediaKind.Video)
        {
            return new("audio", "only video routes generate audio alongside their output.");
        }

        if (route.Price is { } price && price.Unit != ExpectedUnit(route.Kind))
        {
            return new("price.unit", $"a {KindName(route.Kind)} route is priced per {UnitName(ExpectedUnit(route.Kind))}, not per {UnitName(price.Unit)}.");
        }

        if (route.Price is { } priced && priced.ResolutionAmounts.Keys.FirstOrDefault(height => !route.Resolutions.Contains(height)) is > 0 and var unknown)
        {
            return new("price.resolutionAmounts", string.Create(
                CultureInfo.InvariantCulture,
                $"the price names resolution {unknown}, which the route does not offer ({(route.Resolutions.Count == 0 ? "none" : string.Join(", ", route.Resolutions))})."));
        }

        if (route.DeprecatedOn is { } deprecated && route.RemovedOn is { } removed && removed < deprecated)
        {
            return new("removedOn", string.Create(CultureInfo.InvariantCulture, $"the removal on {removed:yyyy-MM-dd} is before the deprecation on {deprecated:yyyy-MM-dd}."));
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

    private static string KindName(MediaKind kind) => CatalogSchema.KindNames.GetValueOrDefault(kind, "text");

    private static string UnitName(PriceUnit unit) => unit switch
    {
        PriceUnit.Second => "second",
        PriceUnit.Image => "image",
        PriceUnit.ThousandCharacters => "1,000 characters",
        PriceUnit.Track => "track",
        _ => "1,000 tokens",
    };
}
