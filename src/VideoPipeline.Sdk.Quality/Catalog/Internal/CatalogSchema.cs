using System.Collections.Frozen;

namespace VideoPipeline.Sdk.Quality.Catalog.Internal;

/// <summary>
/// The names of the catalog's JSON schema (version 1), shared by the reader and the writer: property names and the
/// lower-camel-case names of the enumerations.
/// </summary>
internal static class CatalogSchema
{
    public const int Version = 1;

    public const string SchemaVersion = "schemaVersion";
    public const string Routes = "routes";

    public const string Id = "id";
    public const string Provider = "provider";
    public const string Model = "model";
    public const string Kind = "kind";
    public const string Tier = "tier";
    public const string Quality = "quality";
    public const string Resolutions = "resolutions";
    public const string FramesPerSecond = "framesPerSecond";
    public const string ClipSeconds = "clipSeconds";
    public const string Audio = "audio";
    public const string Price = "price";
    public const string TypicalLatencySeconds = "typicalLatencySeconds";
    public const string CapturedOn = "capturedOn";
    public const string DeprecatedOn = "deprecatedOn";
    public const string RemovedOn = "removedOn";
    public const string Source = "source";
    public const string Example = "example";

    public const string Unit = "unit";
    public const string Amount = "amount";
    public const string ResolutionAmounts = "resolutionAmounts";
    public const string AudioSurcharge = "audioSurcharge";

    public const string DateFormat = "yyyy-MM-dd";

    public static readonly FrozenDictionary<MediaKind, string> KindNames = new Dictionary<MediaKind, string>
    {
        [MediaKind.Video] = "video",
        [MediaKind.Image] = "image",
        [MediaKind.Speech] = "speech",
        [MediaKind.Music] = "music",
        [MediaKind.Text] = "text",
    }.ToFrozenDictionary();

    public static readonly FrozenDictionary<RouteTier, string> TierNames = new Dictionary<RouteTier, string>
    {
        [RouteTier.Lite] = "lite",
        [RouteTier.Standard] = "standard",
        [RouteTier.Pro] = "pro",
        [RouteTier.Flagship] = "flagship",
    }.ToFrozenDictionary();

    public static readonly FrozenDictionary<PriceUnit, string> UnitNames = new Dictionary<PriceUnit, string>
    {
        [PriceUnit.Second] = "second",
        [PriceUnit.Image] = "image",
        [PriceUnit.ThousandCharacters] = "thousandCharacters",
        [PriceUnit.Track] = "track",
        [PriceUnit.ThousandTokens] = "thousandTokens",
    }.ToFrozenDictionary();

    /// <summary>The properties of a route, in the order the writer writes them.</summary>
    public static readonly IReadOnlyList<string> RouteProperties =
    [
        Id, Provider, Model, Kind, Tier, Quality, Resolutions, FramesPerSecond, ClipSeconds, Audio, Price,
        TypicalLatencySeconds, CapturedOn, DeprecatedOn, RemovedOn, Source, Example,
    ];

    /// <summary>The properties of a price, in the order the writer writes them.</summary>
    public static readonly IReadOnlyList<string> PriceProperties = [Unit, Amount, ResolutionAmounts, AudioSurcharge];

    /// <summary>Lists names as a sentence: <c>a, b or c</c>.</summary>
    public static string Choices(IReadOnlyList<string> names, string conjunction) =>
        names.Count == 1 ? names[0] : $"{string.Join(", ", names.Take(names.Count - 1))} {conjunction} {names[^1]}";
}
