using System.Text;
using System.Text.Json;

namespace VideoPipeline.Sdk.Quality.Tests.Catalog;

public sealed class CatalogJsonTests
{
    private const string Image = """
        { "id": "my-image", "provider": "acme", "model": "pic-1", "kind": "image", "tier": "lite", "resolutions": [1024],
          "price": { "unit": "image", "amount": 0.01 }, "capturedOn": "2026-05-01" }
        """;

    public static TheoryData<string, string?, string, string> MalformedCatalogs => new()
    {
        {
            "{\n  \"schemaVersion\": 1,\n  \"routes\": [\n    { \"id\": \"my-video\", \"quality\": }\n  ]\n}",
            "my-video",
            "$.routes[0].quality",
            "Catalog entry 'my-video' ($.routes[0].quality): the JSON is malformed at line 4, position 36: '}' is an invalid start of a value."
        },
        {
            Catalog(Video().Replace("\"provider\": \"acme\", ", string.Empty, StringComparison.Ordinal)),
            "my-video",
            "$.routes[0].provider",
            "Catalog entry 'my-video' ($.routes[0].provider): is missing; every route needs id, provider, model, kind, tier and capturedOn."
        },
        {
            Catalog(Video(extra: "\"clipDurations\": [4]")),
            "my-video",
            "$.routes[0].clipDurations",
            "Catalog entry 'my-video' ($.routes[0].clipDurations): is not a route property; a route has id, provider, model, kind, tier, quality, resolutions, framesPerSecond, clipSeconds, audio, price, typicalLatencySeconds, capturedOn, deprecatedOn, removedOn, source and example."
        },
        {
            Catalog(Video(extra: "\"quality\": \"high\"")),
            "my-video",
            "$.routes[0].quality",
            "Catalog entry 'my-video' ($.routes[0].quality): is 'high'; it must be a number between 0 and 1."
        },
        {
            Catalog(Video().Replace("\"video\"", "\"hologram\"", StringComparison.Ordinal)),
            "my-video",
            "$.routes[0].kind",
            "Catalog entry 'my-video' ($.routes[0].kind): is 'hologram'; it must be text, image, video, speech or music."
        },
        {
            Catalog(Video(price: "{ \"unit\": \"second\", \"amount\": -0.1 }")),
            "my-video",
            "$.routes[0].price.amount",
            "Catalog entry 'my-video' ($.routes[0].price.amount): is -0.1; it must not be negative."
        },
        {
            Catalog(Video()).Replace("\"schemaVersion\": 1", "\"schemaVersion\": 2", StringComparison.Ordinal),
            null,
            "$.schemaVersion",
            "Catalog JSON ($.schemaVersion): is 2; it must be 1, the only schema version this library reads."
        },
        {
            Catalog(Video(), Image, Video()),
            "my-video",
            "$.routes[2].id",
            "Catalog entry 'my-video' ($.routes[2].id): is also the id of $.routes[0]; ids must be unique."
        },
        {
            Catalog(Video(extra: "\"deprecatedOn\": \"2026-08-01\", \"removedOn\": \"2026-07-31\"")),
            "my-video",
            "$.routes[0].removedOn",
            "Catalog entry 'my-video' ($.routes[0].removedOn): the removal on 2026-07-31 is before the deprecation on 2026-08-01."
        },
        {
            Catalog(Video(price: "{ \"unit\": \"image\", \"amount\": 0.1 }")),
            "my-video",
            "$.routes[0].price.unit",
            "Catalog entry 'my-video' ($.routes[0].price.unit): a video route is priced per second, not per image."
        },
        {
            Catalog(Image, "{ \"provider\": \"acme\" }"),
            null,
            "$.routes[1].id",
            "Catalog JSON ($.routes[1].id): is missing; every route needs id, provider, model, kind, tier and capturedOn."
        },
        {
            Catalog("{ \"tier\": \"ultra\", \"id\": \"late-id\" }"),
            "late-id",
            "$.routes[0].tier",
            "Catalog entry 'late-id' ($.routes[0].tier): is 'ultra'; it must be lite, standard, pro or flagship."
        },
        {
            Catalog(Video(extra: "\"model\": \"twice\"")),
            "my-video",
            "$.routes[0].model",
            "Catalog entry 'my-video' ($.routes[0].model): appears more than once."
        },
        {
            Catalog(Video(price: "{ \"amount\": 0.1, \"resolutionAmounts\": { \"4k\": 0.5 } }")),
            "my-video",
            "$.routes[0].price.resolutionAmounts['4k']",
            "Catalog entry 'my-video' ($.routes[0].price.resolutionAmounts['4k']): is keyed '4k'; a key must be a positive whole number of pixels, such as \"1080\"."
        },
        {
            Catalog(Video().Replace("[720, 1080]", "[720, 1080.5]", StringComparison.Ordinal)),
            "my-video",
            "$.routes[0].resolutions[1]",
            "Catalog entry 'my-video' ($.routes[0].resolutions[1]): is 1080.5; it must be a positive whole number of pixels, such as 1080."
        },
        {
            Catalog(Video(extra: "\"capturedOn\": \"01/05/2026\"").Replace("\"capturedOn\": \"2026-05-01\", ", string.Empty, StringComparison.Ordinal)),
            "my-video",
            "$.routes[0].capturedOn",
            "Catalog entry 'my-video' ($.routes[0].capturedOn): is '01/05/2026'; it must be a date written yyyy-MM-dd, such as \"2026-10-01\"."
        },
        {
            Catalog(Video(extra: "\"source\": \"ftp://example.com/prices\"")),
            "my-video",
            "$.routes[0].source",
            "Catalog entry 'my-video' ($.routes[0].source): is 'ftp://example.com/prices'; it must be an absolute http or https address."
        },
        {
            Catalog(Video().Replace("[24, 30]", "[]", StringComparison.Ordinal)),
            "my-video",
            "$.routes[0].framesPerSecond",
            "Catalog entry 'my-video' ($.routes[0].framesPerSecond): a video route needs at least one frame rate."
        },
        {
            "{ \"schemaVersion\": 1, \"routes\": [], \"generatedBy\": \"me\" }",
            null,
            "$.generatedBy",
            "Catalog JSON ($.generatedBy): is not a catalog property; a catalog has schemaVersion and routes."
        },
        {
            "{ \"schemaVersion\": 1 }",
            null,
            "$.routes",
            "Catalog JSON ($.routes): is missing; it must be an array of routes."
        },
        {
            "[]",
            null,
            "$",
            "Catalog JSON ($): is an array; it must be an object with schemaVersion and routes."
        },
    };

    [Theory]
    [MemberData(nameof(MalformedCatalogs))]
    public void Parse_MalformedCatalog_ThrowsNamingTheEntryAndThePath(string json, string? routeId, string path, string message)
    {
        var exception = Assert.Throws<CatalogFormatException>(() => ProviderCatalog.Parse(json));

        Assert.Equal((routeId, path, message), (exception.RouteId, exception.Path, exception.Message));
        Assert.IsAssignableFrom<FormatException>(exception);
    }

    [Fact]
    public void Parse_SyntaxError_KeepsTheReadersLineAndPosition()
    {
        var exception = Assert.Throws<CatalogFormatException>(() => ProviderCatalog.Parse("{\n  \"schemaVersion\": 1,\n  \"routes\": [ { \"id\": \"x\" ]\n}"));

        var inner = Assert.IsAssignableFrom<JsonException>(exception.InnerException);
        Assert.Equal((2L, 26L), (inner.LineNumber, inner.BytePositionInLine));
        Assert.Equal(("x", "$.routes[0].id"), (exception.RouteId, exception.Path));
        Assert.Contains("at line 3, position 27", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ReadsEveryField_WithDefaultsForTheOptionalOnes()
    {
        var catalog = ProviderCatalog.Parse(Catalog(
            Video(extra: """
                "quality": 0.8, "audio": true, "typicalLatencySeconds": 42.5, "deprecatedOn": "2026-08-01", "removedOn": "2027-01-01",
                "source": "https://example.com/pricing", "example": true
                """,
                price: """{ "unit": "second", "amount": 0.10, "resolutionAmounts": { "1080": 0.15 }, "audioSurcharge": 0.05 }"""),
            Image,
            """{ "id": "my-voice", "provider": "acme", "model": "talk-1", "kind": "speech", "tier": "pro", "capturedOn": "2026-05-01", "price": null }"""));

        var video = catalog.Find("my-video")!;
        var image = catalog.Find("my-image")!;
        var voice = catalog.Find("my-voice")!;
        Assert.Equal(
            new GenerationRoute
            {
                Id = "my-video",
                Provider = "acme",
                Model = "clip-1",
                Kind = MediaKind.Video,
                Tier = RouteTier.Pro,
                Quality = 0.8,
                Resolutions = [720, 1080],
                FramesPerSecond = [24, 30],
                ClipDurations = [TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(8)],
                SupportsAudio = true,
                Price = new RoutePrice
                {
                    Unit = PriceUnit.Second,
                    Amount = new Money(0.10m),
                    ResolutionAmounts = new Dictionary<int, Money> { [1080] = new Money(0.15m) },
                    AudioSurcharge = new Money(0.05m),
                },
                TypicalLatency = TimeSpan.FromSeconds(42.5),
                CapturedOn = new DateOnly(2026, 5, 1),
                DeprecatedOn = new DateOnly(2026, 8, 1),
                RemovedOn = new DateOnly(2027, 1, 1),
                Source = new Uri("https://example.com/pricing"),
                IsExample = true,
            },
            video);
        Assert.Equal((0.5, false, false, TimeSpan.Zero, (Uri?)null), (image.Quality, image.SupportsAudio, image.IsExample, image.TypicalLatency, image.Source));
        Assert.Null(voice.Price);
        Assert.Empty(voice.Resolutions);
    }

    [Fact]
    public void Parse_DefaultsThePriceUnit_ToTheUnitOfTheKind_AndAllowsComments()
    {
        var catalog = ProviderCatalog.Parse(Catalog(
            "// a comment\n" + Video(price: "{ \"amount\": 0.1 /* per second */ }"),
            """{ "id": "my-song", "provider": "acme", "model": "tune-1", "kind": "music", "tier": "lite", "capturedOn": "2026-05-01", "price": { "amount": 0.08 } }"""));

        Assert.Equal(PriceUnit.Second, catalog.Find("my-video")!.Price!.Unit);
        Assert.Equal(PriceUnit.Track, catalog.Find("my-song")!.Price!.Unit);
    }

    [Fact]
    public void Load_ReadsUtf8WithAByteOrderMark_AndLeavesTheStreamOpen()
    {
        using var stream = new MemoryStream([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Catalog(Image))]);

        var catalog = ProviderCatalog.Load(stream);

        Assert.Equal("my-image", Assert.Single(catalog.Routes).Id);
        Assert.True(stream.CanRead);
    }

    [Fact]
    public void ParseOfToJson_GivesEqualRoutes_ForTheBuiltInCatalog()
    {
        var json = ProviderCatalog.BuiltIn.ToJson();

        var copy = ProviderCatalog.Parse(json);

        Assert.Equal(ProviderCatalog.BuiltIn.Routes, copy.Routes);
        Assert.Equal(json, copy.ToJson());
    }

    [Fact]
    public void ParseOfToJson_GivesEqualRoutes_ForOddValuesAndDefaults()
    {
        var odd = new GenerationRoute
        {
            Id = "odd \"quoted\" id/ü",
            Provider = "acme",
            Model = "clip-1",
            Kind = MediaKind.Video,
            Tier = RouteTier.Flagship,
            Quality = 1.0 / 3,
            Resolutions = [2160, 480],
            FramesPerSecond = [23.976, 59.94],
            ClipDurations = [TimeSpan.FromSeconds(5.5), TimeSpan.FromTicks(12_345_678)],
            SupportsAudio = true,
            Price = new RoutePrice
            {
                Unit = PriceUnit.Second,
                Amount = new Money(0.0006875m),
                ResolutionAmounts = new Dictionary<int, Money> { [2160] = new Money(0.6m), [480] = Money.Zero },
                AudioSurcharge = new Money(0.125m),
            },
            TypicalLatency = TimeSpan.FromMilliseconds(1234.5),
            CapturedOn = new DateOnly(2026, 2, 28),
            DeprecatedOn = new DateOnly(2026, 3, 1),
            RemovedOn = new DateOnly(2026, 3, 1),
            Source = new Uri("https://example.com/prices?model=clip-1#video"),
            IsExample = true,
        };
        var plain = new GenerationRoute { Id = "plain", Provider = "acme", Model = "chat", Kind = MediaKind.Text, Tier = RouteTier.Lite, CapturedOn = new DateOnly(2026, 1, 1) };
        var catalog = new ProviderCatalog([odd, plain]);

        var copy = ProviderCatalog.Parse(catalog.ToJson());

        Assert.Equal(catalog.Routes, copy.Routes);
        Assert.Equal(new ProviderCatalog([]).Routes, ProviderCatalog.Parse(new ProviderCatalog([]).ToJson()).Routes);
    }

    [Fact]
    public void NullArguments_AreRejected_ByName()
    {
        Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => ProviderCatalog.Parse(null!)).ParamName);
        Assert.Equal("utf8Json", Assert.Throws<ArgumentNullException>(() => ProviderCatalog.Load(null!)).ParamName);
    }

    private static string Catalog(params string[] routes) => $$"""{ "schemaVersion": 1, "routes": [ {{string.Join(", ", routes)}} ] }""";

    private static string Video(string? extra = null, string price = """{ "unit": "second", "amount": 0.1 }""") =>
        $$"""
        { "id": "my-video", "provider": "acme", "model": "clip-1", "kind": "video", "tier": "pro", "resolutions": [720, 1080],
          "framesPerSecond": [24, 30], "clipSeconds": [4, 8], "price": {{price}}, "capturedOn": "2026-05-01"{{(extra is null ? string.Empty : ", " + extra)}} }
        """;
}
