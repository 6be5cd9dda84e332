using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;

namespace VideoPipeline.Sdk.Quality.Catalog.Internal;

/// <summary>
/// Reads a catalog in the JSON schema of <see cref="CatalogSchema"/>, strictly: unknown or repeated properties, missing
/// required fields, wrong types, unknown names, negative prices, another schema version, repeated ids and the rules of
/// <see cref="RouteRules"/> throw a <see cref="CatalogFormatException"/> naming the entry and the JSON path.
/// </summary>
/// <remarks>
/// The document is parsed once into a <see cref="JsonDocument"/> (no reflection, safe for trimming), then walked: each route's
/// id is read first, so that every error inside an entry names it. A syntax error is located by reading the text again
/// with a <see cref="Utf8JsonReader"/> that tracks the path, which costs nothing on the happy path. Comments are allowed.
/// </remarks>
internal static class CatalogJsonReader
{
    private const string RequiredFields = "id, provider, model, kind, tier and capturedOn";

    private const int MaxSeconds = 86_400;

    private static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip };

    private static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Skip };

    private static readonly string RouteProperties = CatalogSchema.Choices(CatalogSchema.RouteProperties, "and");

    private static readonly string PriceProperties = CatalogSchema.Choices(CatalogSchema.PriceProperties, "and");

    public static GenerationRoute[] Read(ReadOnlyMemory<byte> utf8Json)
    {
        var json = utf8Json.Span.StartsWith("\uFEFF"u8) ? utf8Json[3..] : utf8Json;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException exception)
        {
            throw SyntaxError(json.Span, exception);
        }

        using (document)
        {
            return ReadCatalog(document.RootElement);
        }
    }

    private static GenerationRoute[] ReadCatalog(JsonElement root)
    {
        var at = new Scope(null, "$");
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw at.Fail($"is {Describe(root)}; it must be an object with {CatalogSchema.SchemaVersion} and {CatalogSchema.Routes}.");
        }

        var versionScope = at.Child(CatalogSchema.SchemaVersion);
        if (!root.TryGetProperty(CatalogSchema.SchemaVersion, out var version))
        {
            throw versionScope.Fail($"is missing; it must be {CatalogSchema.Version}.");
        }

        if (version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var number) || number != CatalogSchema.Version)
        {
            throw versionScope.Fail($"is {Describe(version)}; it must be {CatalogSchema.Version}, the only schema version this library reads.");
        }

        JsonElement? routes = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in root.EnumerateObject())
        {
            var propertyScope = at.Child(property.Name);
            if (!seen.Add(property.Name))
            {
                throw propertyScope.Fail("appears more than once.");
            }

            switch (property.Name)
            {
                case CatalogSchema.SchemaVersion:
                    break;
                case CatalogSchema.Routes:
                    routes = property.Value;
                    break;
                default:
                    throw propertyScope.Fail($"is not a catalog property; a catalog has {CatalogSchema.SchemaVersion} and {CatalogSchema.Routes}.");
            }
        }

        var routesScope = at.Child(CatalogSchema.Routes);
        if (routes is not { } list)
        {
            throw routesScope.Fail("is missing; it must be an array of routes.");
        }

        if (list.ValueKind != JsonValueKind.Array)
        {
            throw routesScope.Fail($"is {Describe(list)}; it must be an array of routes.");
        }

        var result = new GenerationRoute[list.GetArrayLength()];
        var indexById = new Dictionary<string, int>(StringComparer.Ordinal);
        var index = 0;
        foreach (var element in list.EnumerateArray())
        {
            var path = $"{routesScope.Path}[{index}]";
            var route = ReadRoute(element, path);
            if (!indexById.TryAdd(route.Id, index))
            {
                throw new Scope(route.Id, path).Child(CatalogSchema.Id).Fail($"is also the id of {routesScope.Path}[{indexById[route.Id]}]; ids must be unique.");
            }

            result[index++] = route;
        }

        return result;
    }

    private static GenerationRoute ReadRoute(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new Scope(null, path).Fail($"is {Describe(element)}; it must be an object.");
        }

        var idScope = new Scope(null, path).Child(CatalogSchema.Id);
        if (!element.TryGetProperty(CatalogSchema.Id, out var idElement))
        {
            throw idScope.Fail($"is missing; every route needs {RequiredFields}.");
        }

        var id = ReadText(idElement, idScope);
        var at = new Scope(id, path);
        var draft = new RouteDraft();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            var field = at.Child(property.Name);
            if (!seen.Add(property.Name))
            {
                throw field.Fail("appears more than once.");
            }

            ReadRouteProperty(draft, property.Name, property.Value, field);
        }

        var route = new GenerationRoute
        {
            Id = id,
            Provider = draft.Provider ?? throw Missing(at, CatalogSchema.Provider),
            Model = draft.Model ?? throw Missing(at, CatalogSchema.Model),
            Kind = draft.Kind ?? throw Missing(at, CatalogSchema.Kind),
            Tier = draft.Tier ?? throw Missing(at, CatalogSchema.Tier),
            CapturedOn = draft.CapturedOn ?? throw Missing(at, CatalogSchema.CapturedOn),
            Quality = draft.Quality,
            Resolutions = draft.Resolutions,
            FramesPerSecond = draft.FramesPerSecond,
            ClipDurations = draft.ClipDurations,
            SupportsAudio = draft.Audio,
            TypicalLatency = draft.TypicalLatency,
            DeprecatedOn = draft.DeprecatedOn,
            RemovedOn = draft.RemovedOn,
            Source = draft.Source,
            IsExample = draft.Example,
        };
        if (draft.Price is { } price)
        {
            route = route with { Price = price with { Unit = draft.PriceUnit ?? RouteRules.ExpectedUnit(route.Kind) } };
        }

        if (RouteRules.FindViolation(route) is { } violation)
        {
            throw CatalogFormatException.At(id, $"{path}.{violation.Field}", violation.Message);
        }

        return route;
    }

    private static void ReadRouteProperty(RouteDraft draft, string name, JsonElement value, Scope at)
    {
        switch (name)
        {
            case CatalogSchema.Id:
                break;
            case CatalogSchema.Provider:
                draft.Provider = ReadText(value, at);
                break;
            case CatalogSchema.Model:
                draft.Model = ReadText(value, at);
                break;
            case CatalogSchema.Kind:
                draft.Kind = ReadName(value, at, CatalogSchema.KindNames);
                break;
            case CatalogSchema.Tier:
                draft.Tier = ReadName(value, at, CatalogSchema.TierNames);
                break;
            case CatalogSchema.Quality:
                draft.Quality = ReadNumber(value, at, 0, 1, "between 0 and 1");
                break;
            case CatalogSchema.Resolutions:
                draft.Resolutions = ReadList(value, at, ReadResolution);
                break;
            case CatalogSchema.FramesPerSecond:
                draft.FramesPerSecond = ReadList(value, at, ReadFrameRate);
                break;
            case CatalogSchema.ClipSeconds:
                draft.ClipDurations = ReadList(value, at, (item, scope) => ReadSeconds(item, scope, positive: true));
                break;
            case CatalogSchema.Audio:
                draft.Audio = ReadBoolean(value, at);
                break;
            case CatalogSchema.Price:
                (draft.Price, draft.PriceUnit) = value.ValueKind == JsonValueKind.Null ? (null, null) : ReadPrice(value, at);
                break;
            case CatalogSchema.TypicalLatencySeconds:
                draft.TypicalLatency = ReadSeconds(value, at, positive: false);
                break;
            case CatalogSchema.CapturedOn:
                draft.CapturedOn = ReadDate(value, at);
                break;
            case CatalogSchema.DeprecatedOn:
                draft.DeprecatedOn = value.ValueKind == JsonValueKind.Null ? null : ReadDate(value, at);
                break;
            case CatalogSchema.RemovedOn:
                draft.RemovedOn = value.ValueKind == JsonValueKind.Null ? null : ReadDate(value, at);
                break;
            case CatalogSchema.Source:
                draft.Source = value.ValueKind == JsonValueKind.Null ? null : ReadSource(value, at);
                break;
            case CatalogSchema.Example:
                draft.Example = ReadBoolean(value, at);
                break;
            default:
                throw at.Fail($"is not a route property; a route has {RouteProperties}.");
        }
    }

    private static (RoutePrice Price, PriceUnit? Unit) ReadPrice(JsonElement value, Scope at)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            throw at.Fail($"is {Describe(value)}; it must be an object with {CatalogSchema.Amount}, or null for an unknown price.");
        }

        PriceUnit? unit = null;
        decimal? amount = null;
        Dictionary<int, Money>? resolutionAmounts = null;
        var audioSurcharge = 0m;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in value.EnumerateObject())
        {
            var field = at.Child(property.Name);
            if (!seen.Add(property.Name))
            {
                throw field.Fail("appears more than once.");
            }

            switch (property.Name)
            {
                case CatalogSchema.Unit:
                    unit = ReadName(property.Value, field, CatalogSchema.UnitNames);
                    break;
                case CatalogSchema.Amount:
                    amount = ReadMoney(property.Value, field);
                    break;
                case CatalogSchema.ResolutionAmounts:
                    resolutionAmounts = ReadResolutionAmounts(property.Value, field);
                    break;
                case CatalogSchema.AudioSurcharge:
                    audioSurcharge = ReadMoney(property.Value, field);
                    break;
                default:
                    throw field.Fail($"is not a price property; a price has {PriceProperties}.");
            }
        }

        var price = new RoutePrice
        {
            Amount = new Money(amount ?? throw at.Child(CatalogSchema.Amount).Fail("is missing; a price needs an amount.")),
            AudioSurcharge = new Money(audioSurcharge),
            ResolutionAmounts = resolutionAmounts ?? [],
        };
        return (price, unit);
    }

    private static Dictionary<int, Money> ReadResolutionAmounts(JsonElement value, Scope at)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            throw at.Fail($"is {Describe(value)}; it must be an object from resolution to amount, such as {{\"1080\": 0.15}}.");
        }

        var amounts = new Dictionary<int, Money>();
        foreach (var property in value.EnumerateObject())
        {
            var field = at.Child(property.Name);
            if (!int.TryParse(property.Name, NumberStyles.None, CultureInfo.InvariantCulture, out var height) || height <= 0)
            {
                throw field.Fail($"is keyed '{property.Name}'; a key must be a positive whole number of pixels, such as \"1080\".");
            }

            if (!amounts.TryAdd(height, new Money(ReadMoney(property.Value, field))))
            {
                throw field.Fail("appears more than once.");
            }
        }

        return amounts;
    }

    private static string ReadText(JsonElement value, Scope at)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            throw at.Fail($"is {Describe(value)}; it must be a string.");
        }

        var text = value.GetString();
        return string.IsNullOrWhiteSpace(text) ? throw at.Fail("is empty; it must be a non-empty string.") : text;
    }

    private static TEnum ReadName<TEnum>(JsonElement value, Scope at, FrozenDictionary<TEnum, string> names)
        where TEnum : struct, Enum
    {
        var text = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        foreach (var (member, name) in names)
        {
            if (string.Equals(text, name, StringComparison.Ordinal))
            {
                return member;
            }
        }

        throw at.Fail($"is {Describe(value)}; it must be {CatalogSchema.Choices([.. Enum.GetValues<TEnum>().Select(member => names[member])], "or")}.");
    }

    private static double ReadNumber(JsonElement value, Scope at, double minimum, double maximum, string range)
    {
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var number) || !double.IsFinite(number) || number < minimum || number > maximum)
        {
            throw at.Fail($"is {Describe(value)}; it must be a number {range}.");
        }

        return number;
    }

    private static double ReadFrameRate(JsonElement value, Scope at)
    {
        var rate = ReadNumber(value, at, 0, double.MaxValue, "greater than 0");
        return rate > 0 ? rate : throw at.Fail($"is {Describe(value)}; it must be a number greater than 0.");
    }

    private static int ReadResolution(JsonElement value, Scope at) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var height) && height > 0
            ? height
            : throw at.Fail($"is {Describe(value)}; it must be a positive whole number of pixels, such as 1080.");

    private static decimal ReadMoney(JsonElement value, Scope at)
    {
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDecimal(out var amount))
        {
            throw at.Fail($"is {Describe(value)}; it must be a number of US dollars.");
        }

        return amount < 0 ? throw at.Fail($"is {Describe(value)}; it must not be negative.") : amount;
    }

    private static bool ReadBoolean(JsonElement value, Scope at) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw at.Fail($"is {Describe(value)}; it must be true or false."),
    };

    private static DateOnly ReadDate(JsonElement value, Scope at) =>
        value.ValueKind == JsonValueKind.String
        && DateOnly.TryParseExact(value.GetString(), CatalogSchema.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw at.Fail($"is {Describe(value)}; it must be a date written yyyy-MM-dd, such as \"2026-10-01\".");

    private static Uri ReadSource(JsonElement value, Scope at) =>
        value.ValueKind == JsonValueKind.String
        && Uri.TryCreate(value.GetString(), UriKind.Absolute, out var source)
        && (source.Scheme == Uri.UriSchemeHttps || source.Scheme == Uri.UriSchemeHttp)
            ? source
            : throw at.Fail($"is {Describe(value)}; it must be an absolute http or https address.");

    private static T[] ReadList<T>(JsonElement value, Scope at, Func<JsonElement, Scope, T> readItem)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            throw at.Fail($"is {Describe(value)}; it must be an array.");
        }

        var items = new T[value.GetArrayLength()];
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            items[index] = readItem(item, at.Item(index));
            index++;
        }

        return items;
    }

    private static TimeSpan ReadSeconds(JsonElement value, Scope at, bool positive)
    {
        var range = positive ? $"greater than 0 and at most {MaxSeconds}" : $"between 0 and {MaxSeconds}";
        var time = TimeSpan.FromTicks((long)Math.Round(ReadNumber(value, at, 0, MaxSeconds, range) * TimeSpan.TicksPerSecond));
        return positive && time == TimeSpan.Zero ? throw at.Fail($"is {Describe(value)}; it must be a number {range}.") : time;
    }

    private static CatalogFormatException Missing(Scope route, string name) =>
        route.Child(name).Fail($"is missing; every route needs {RequiredFields}.");

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => Quote(value.GetString()!),
        _ => value.GetRawText(),
    };

    private static string Quote(string text) => text.Length <= 60 ? $"'{text}'" : $"'{text[..57]}...'";

    private static string ChildPath(string path, string name) =>
        name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
            ? $"{path}.{name}"
            : $"{path}['{name.Replace("'", "\\'", StringComparison.Ordinal)}']";

    private static CatalogFormatException SyntaxError(ReadOnlySpan<byte> json, JsonException exception)
    {
        var (path, routeId) = LocateSyntaxError(json);
        var reason = exception.Message;
        var lineMarker = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (lineMarker > 0)
        {
            reason = reason[..lineMarker];
        }

        var where = exception.LineNumber is { } line && exception.BytePositionInLine is { } position
            ? string.Create(CultureInfo.InvariantCulture, $" at line {line + 1}, position {position + 1}")
            : string.Empty;
        return CatalogFormatException.At(routeId, path, $"the JSON is malformed{where}: {reason}", exception);
    }

    /// <summary>Reads the text again up to its syntax error, tracking the path, and the id of the route being read if the
    /// error is inside a route whose id came before it.</summary>
    private static (string Path, string? RouteId) LocateSyntaxError(ReadOnlySpan<byte> json)
    {
        var frames = new List<Frame>();
        string? routeId = null;
        var reader = new Utf8JsonReader(json, ReaderOptions);
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        frames[^1].Property = reader.GetString();
                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        StepIntoValue(frames);
                        frames.Add(new Frame(reader.TokenType == JsonTokenType.StartArray));
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        if (IsRoute(frames))
                        {
                            routeId = null;
                        }

                        frames.RemoveAt(frames.Count - 1);
                        break;
                    default:
                        StepIntoValue(frames);
                        if (reader.TokenType == JsonTokenType.String && IsRoute(frames) && frames[^1].Property == CatalogSchema.Id)
                        {
                            routeId = reader.GetString();
                        }

                        break;
                }
            }
        }
        catch (JsonException)
        {
            // The reader stopped at the error: the frames hold its path.
        }

        var path = "$";
        foreach (var frame in frames)
        {
            path = frame.IsArray
                ? frame.Index >= 0 ? $"{path}[{frame.Index}]" : path
                : frame.Property is { } property ? ChildPath(path, property) : path;
        }

        return (path, string.IsNullOrWhiteSpace(routeId) ? null : routeId);
    }

    private static void StepIntoValue(List<Frame> frames)
    {
        if (frames.Count > 0 && frames[^1].IsArray)
        {
            frames[^1].Index++;
        }
    }

    private static bool IsRoute(List<Frame> frames) =>
        frames.Count == 3 && frames[0].Property == CatalogSchema.Routes && frames[1].IsArray && !frames[2].IsArray;

    /// <summary>Where a value is: the entry's id, when known, and the JSON path.</summary>
    private readonly record struct Scope(string? RouteId, string Path)
    {
        public Scope Child(string name) => this with { Path = ChildPath(Path, name) };

        public Scope Item(int index) => this with { Path = string.Create(CultureInfo.InvariantCulture, $"{Path}[{index}]") };

        public CatalogFormatException Fail(string detail) => CatalogFormatException.At(RouteId, Path, detail);
    }

    /// <summary>An object or array being read while locating a syntax error.</summary>
    private sealed class Frame(bool isArray)
    {
        public bool IsArray { get; } = isArray;

        public int Index { get; set; } = -1;

        public string? Property { get; set; }
    }

    /// <summary>The fields of a route as they are read, before the route is built.</summary>
    private sealed class RouteDraft
    {
        public string? Provider { get; set; }

        public string? Model { get; set; }

        public MediaKind? Kind { get; set; }

        public RouteTier? Tier { get; set; }

        public double Quality { get; set; } = 0.5;

        public int[] Resolutions { get; set; } = [];

        public double[] FramesPerSecond { get; set; } = [];

        public TimeSpan[] ClipDurations { get; set; } = [];

        public bool Audio { get; set; }

        public RoutePrice? Price { get; set; }

        public PriceUnit? PriceUnit { get; set; }

        public TimeSpan TypicalLatency { get; set; }

        public DateOnly? CapturedOn { get; set; }

        public DateOnly? DeprecatedOn { get; set; }

        public DateOnly? RemovedOn { get; set; }

        public Uri? Source { get; set; }

        public bool Example { get; set; }
    }
}
