using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace VideoPipeline.Sdk.Quality.Tests.Catalog;

public sealed class CatalogConfigurationTests : IDisposable
{
    private const string Routes = "VideoPipeline:Quality:Routes";

    private const string Fast = "google-veo-3.1-fast";

    private const string ContractRoute = """
        { "id": "contract-video", "provider": "acme", "model": "clip-2", "kind": "video", "tier": "standard", "quality": 0.8,
          "resolutions": [1080], "framesPerSecond": [30], "clipSeconds": [6], "price": { "unit": "second", "amount": 0.09 },
          "capturedOn": "2026-11-01" }
        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("catalog-configuration-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Default_IsTheBuiltInCatalog_AsOneSingleton()
    {
        using var provider = Build([]);

        var catalog = provider.GetRequiredService<ProviderCatalog>();

        Assert.Same(catalog, provider.GetRequiredService<ProviderCatalog>());
        Assert.Equal(ProviderCatalog.BuiltIn.Routes, catalog.Routes);
    }

    [Fact]
    public void PriceAmount_Override_ChangesOnlyThatField()
    {
        using var provider = Build(new() { [$"{Routes}:{Fast}:Price:Amount"] = "0.09", [$"{Routes}:{Fast}:Price:ResolutionAmounts:2160"] = "0.28" });
        var builtIn = ProviderCatalog.BuiltIn.Find(Fast)!;

        var catalog = provider.GetRequiredService<ProviderCatalog>();

        var expectedPrice = builtIn.Price! with
        {
            Amount = new Money(0.09m),
            ResolutionAmounts = new Dictionary<int, Money> { [1080] = new Money(0.12m), [2160] = new Money(0.28m) },
        };
        Assert.Equal(builtIn with { Price = expectedPrice }, catalog.Find(Fast));
        Assert.Equal(ProviderCatalog.BuiltIn.Routes.Where(route => route.Id != Fast), catalog.Routes.Where(route => route.Id != Fast));
    }

    [Fact]
    public void RemovedOn_Override_TakesTheRouteOutOfSelection_FromThatDate()
    {
        var removal = new DateOnly(2027, 1, 1);
        using var provider = Build(new() { [$"{Routes}:{Fast}:RemovedOn"] = "2027-01-01" });

        var catalog = provider.GetRequiredService<ProviderCatalog>();

        Assert.Equal(Fast, catalog.SelectRoute(MediaKind.Video, RouteTier.Standard, removal.AddDays(-1))?.Id);
        Assert.Equal("runway-gen4.5", catalog.SelectRoute(MediaKind.Video, RouteTier.Standard, removal)?.Id);
        Assert.Equal("runway-gen4.5", catalog.Resolve(Fast, removal)?.Id);
    }

    [Fact]
    public void EnabledFalse_RemovesTheRoute_AndIsIgnoredForAnUnknownId()
    {
        using var provider = Build(new() { [$"{Routes}:runway-gen4-turbo:Enabled"] = "false", [$"{Routes}:no-such-route:Enabled"] = "false" });

        var catalog = provider.GetRequiredService<ProviderCatalog>();

        Assert.Null(catalog.Find("runway-gen4-turbo"));
        Assert.Equal(ProviderCatalog.BuiltIn.Routes.Count - 1, catalog.Routes.Count);
    }

    [Fact]
    public void ANewRoute_WithTheRequiredFields_IsAdded_AndChosenWhenItIsTheBestOfItsTier()
    {
        using var provider = Build(new()
        {
            [$"{Routes}:acme-video-1:Provider"] = "acme",
            [$"{Routes}:acme-video-1:Model"] = "acme-video-1",
            [$"{Routes}:acme-video-1:Kind"] = "Video",
            [$"{Routes}:acme-video-1:Tier"] = "Standard",
            [$"{Routes}:acme-video-1:Quality"] = "0.74",
            [$"{Routes}:acme-video-1:Resolutions:0"] = "720",
            [$"{Routes}:acme-video-1:Resolutions:1"] = "1080",
            [$"{Routes}:acme-video-1:FramesPerSecond:0"] = "24",
            [$"{Routes}:acme-video-1:ClipSeconds:0"] = "5",
            [$"{Routes}:acme-video-1:ClipSeconds:1"] = "10",
            [$"{Routes}:acme-video-1:Audio"] = "true",
            [$"{Routes}:acme-video-1:Price:Amount"] = "0.11",
            [$"{Routes}:acme-video-1:Price:AudioSurcharge"] = "0.03",
            [$"{Routes}:acme-video-1:TypicalLatencySeconds"] = "50",
            [$"{Routes}:acme-video-1:CapturedOn"] = "2026-11-01",
            [$"{Routes}:acme-video-1:Source"] = "https://acme.example/contract",
        });

        var catalog = provider.GetRequiredService<ProviderCatalog>();

        var expected = new GenerationRoute
        {
            Id = "acme-video-1",
            Provider = "acme",
            Model = "acme-video-1",
            Kind = MediaKind.Video,
            Tier = RouteTier.Standard,
            Quality = 0.74,
            Resolutions = [720, 1080],
            FramesPerSecond = [24],
            ClipDurations = [TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10)],
            SupportsAudio = true,
            Price = new RoutePrice { Unit = PriceUnit.Second, Amount = new Money(0.11m), AudioSurcharge = new Money(0.03m) },
            TypicalLatency = TimeSpan.FromSeconds(50),
            CapturedOn = new DateOnly(2026, 11, 1),
            Source = new Uri("https://acme.example/contract"),
        };
        Assert.Equal(expected, catalog.Find("acme-video-1"));
        Assert.Equal("acme-video-1", catalog.SelectRoute(MediaKind.Video, RouteTier.Standard, new DateOnly(2026, 11, 24))?.Id);
    }

    [Fact]
    public void ANewRoute_InCode_IsAdded()
    {
        using var provider = new ServiceCollection().AddVideoPipeline()
            .AddQuality(options => options.Routes["my-voice"] = new RouteOptions
            {
                Provider = "acme",
                Model = "voice-1",
                Kind = MediaKind.Speech,
                Tier = RouteTier.Lite,
                CapturedOn = new DateOnly(2026, 11, 1),
                Price = new RoutePriceOptions { Amount = 0.02m },
            })
            .Services.BuildServiceProvider();

        var route = provider.GetRequiredService<ProviderCatalog>().Find("my-voice");

        Assert.Equal(new RoutePrice { Unit = PriceUnit.ThousandCharacters, Amount = new Money(0.02m) }, route?.Price);
    }

    [Fact]
    public void AnIncompleteNewRoute_FailsValidation_NamingEachMissingKey()
    {
        using var provider = Build(new() { [$"{Routes}:my-video:Model"] = "clip-1", [$"{Routes}:my-video:Kind"] = "Video" });

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<ProviderCatalog>());

        Assert.Equal(
            [
                "VideoPipeline:Quality:Routes:my-video:Provider is missing; a new route needs Provider, Model, Kind, Tier and CapturedOn.",
                "VideoPipeline:Quality:Routes:my-video:Tier is missing; a new route needs Provider, Model, Kind, Tier and CapturedOn.",
                "VideoPipeline:Quality:Routes:my-video:CapturedOn is missing; a new route needs Provider, Model, Kind, Tier and CapturedOn.",
            ],
            exception.Failures);
    }

    [Fact]
    public void BadOverrideValues_FailValidation_NamingTheKeyTheValueAndTheRange()
    {
        using var provider = Build(new()
        {
            [$"{Routes}:{Fast}:Quality"] = "1.5",
            [$"{Routes}:{Fast}:Resolutions:0"] = "0",
            [$"{Routes}:{Fast}:Price:Amount"] = "-0.1",
            [$"{Routes}:{Fast}:Source"] = "ftp://example.com/prices",
            [$"{Routes}:elevenlabs-v3:Provider"] = " ",
        });

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<ProviderCatalog>());

        Assert.Equal(
            [
                "VideoPipeline:Quality:Routes:elevenlabs-v3:Provider is empty; it must be a provider name.",
                "VideoPipeline:Quality:Routes:google-veo-3.1-fast:Quality is 1.5; it must be between 0 and 1.",
                "VideoPipeline:Quality:Routes:google-veo-3.1-fast:Resolutions:0 is 0; it must be a positive number of pixels.",
                "VideoPipeline:Quality:Routes:google-veo-3.1-fast:Source is ftp://example.com/prices; it must be an absolute http or https address.",
                "VideoPipeline:Quality:Routes:google-veo-3.1-fast:Price:Amount is -0.1; it must be a price that is not negative.",
            ],
            exception.Failures);
    }

    [Fact]
    public void AnOverrideBreakingARuleAcrossFields_FailsValidation_NamingTheField()
    {
        using var provider = Build(new()
        {
            [$"{Routes}:google-veo-3.0-fast:RemovedOn"] = "2026-09-01",
            [$"{Routes}:{Fast}:Kind"] = "Image",
        });

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<ProviderCatalog>());

        Assert.Equal(
            [
                "VideoPipeline:Quality:Routes:google-veo-3.0-fast:RemovedOn is not valid: the removal on 2026-09-01 is before the deprecation on 2026-10-01.",
                "VideoPipeline:Quality:Routes:google-veo-3.1-fast:Audio is not valid: only video routes generate audio alongside their output.",
            ],
            exception.Failures);
    }

    [Fact]
    public void AMissingCatalogFile_FailsValidation_NamingTheKeyAndThePath()
    {
        var path = Path.Combine(_directory, "missing.json");
        using var provider = Build(new() { ["VideoPipeline:Quality:CatalogFiles:0"] = path });

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<ProviderCatalog>());

        Assert.Equal([$"VideoPipeline:Quality:CatalogFiles:0 is '{path}'; it must be an existing catalog file, and {path} does not exist."], exception.Failures);
    }

    [Fact]
    public void AMalformedCatalogFile_FailsValidation_NamingTheKeyTheEntryAndThePath()
    {
        var good = WriteCatalog("good.json", ContractRoute);
        var bad = WriteCatalog("bad.json", ContractRoute.Replace("0.09", "-1", StringComparison.Ordinal));
        using var provider = Build(new() { ["VideoPipeline:Quality:CatalogFiles:0"] = good, ["VideoPipeline:Quality:CatalogFiles:1"] = bad });

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<ProviderCatalog>());

        Assert.Equal(
            [$"VideoPipeline:Quality:CatalogFiles:1 is '{bad}'; it must be a valid catalog. Catalog entry 'contract-video' ($.routes[0].price.amount): is -1; it must not be negative."],
            exception.Failures);
    }

    [Fact]
    public void WithoutTheBuiltInCatalog_TheFilesAreTheCatalog_AppliedInOrder()
    {
        var first = WriteCatalog("first.json", ContractRoute, ContractRoute.Replace("contract-video", "contract-video-2", StringComparison.Ordinal));
        var second = WriteCatalog("second.json", ContractRoute.Replace("0.09", "0.08", StringComparison.Ordinal));
        using var provider = Build(new()
        {
            ["VideoPipeline:Quality:UseBuiltInCatalog"] = "false",
            ["VideoPipeline:Quality:CatalogFiles:0"] = first,
            ["VideoPipeline:Quality:CatalogFiles:1"] = second,
        });

        var catalog = provider.GetRequiredService<ProviderCatalog>();

        Assert.Equal(["contract-video", "contract-video-2"], catalog.Routes.Select(route => route.Id));
        Assert.Equal(new Money(0.08m), catalog.Find("contract-video")!.Price!.Amount);
        Assert.Equal(new Money(0.09m), catalog.Find("contract-video-2")!.Price!.Amount);
    }

    [Fact]
    public void AFileRoute_ReplacesTheBuiltInRouteWithItsIdWhole_AndARelativePathIsFoundInTheBaseDirectory()
    {
        var name = $"catalog-{Guid.NewGuid():N}.json";
        var path = Path.Combine(AppContext.BaseDirectory, name);
        File.WriteAllText(path, Catalog(ContractRoute.Replace("contract-video", Fast, StringComparison.Ordinal)));
        try
        {
            using var provider = Build(new() { ["VideoPipeline:Quality:CatalogFiles:0"] = name });

            var route = provider.GetRequiredService<ProviderCatalog>().Find(Fast);

            Assert.Equal(("acme", "clip-2", false, (Uri?)null), (route?.Provider, route?.Model, route?.SupportsAudio, route?.Source));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task TheHost_DoesNotStart_WithABadRoute()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { [$"{Routes}:my-video:Model"] = "clip-1" });
        builder.Services.AddVideoPipeline().AddQuality(builder.Configuration.GetSection(QualityOptions.SectionName));
        using var host = builder.Build();

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("VideoPipeline:Quality:Routes:my-video:Provider is missing; a new route needs Provider, Model, Kind, Tier and CapturedOn.", exception.Failures);
    }

    [Fact]
    public async Task TheReadmeAppSettings_StartTheHost_WithTheirChanges()
    {
        var settings = Path.Combine(_directory, "appsettings.json");
        File.WriteAllText(settings, """
            {
              "VideoPipeline": {
                "Quality": {
                  "Routes": {
                    "google-veo-3.1-fast": { "Price": { "Amount": 0.09, "ResolutionAmounts": { "1080": 0.11 } }, "Example": false },
                    "runway-gen4-turbo": { "Enabled": false },
                    "google-veo-3.0-fast": { "RemovedOn": "2027-03-31" },
                    "acme-video-1": {
                      "Provider": "acme", "Model": "acme-video-1", "Kind": "Video", "Tier": "Standard", "Quality": 0.74,
                      "Resolutions": [ 720, 1080 ], "FramesPerSecond": [ 24 ], "ClipSeconds": [ 5, 10 ],
                      "Price": { "Amount": 0.11 }, "CapturedOn": "2026-11-01"
                    }
                  }
                }
              }
            }
            """);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddJsonFile(settings);
        builder.Services.AddVideoPipeline().AddQuality(builder.Configuration.GetSection(QualityOptions.SectionName));
        using var host = builder.Build();

        await host.StartAsync();
        var catalog = host.Services.GetRequiredService<ProviderCatalog>();
        await host.StopAsync();

        var fast = catalog.Find(Fast)!;
        Assert.Equal((0.09m, 0.11m, false), (fast.Price!.Amount.Usd, fast.Price.GetUnitPrice(1080, false).Usd, fast.IsExample));
        Assert.Null(catalog.Find("runway-gen4-turbo"));
        Assert.Equal(new DateOnly(2027, 3, 31), catalog.Find("google-veo-3.0-fast")!.RemovedOn);
        Assert.Equal(RouteTier.Standard, catalog.Find("acme-video-1")?.Tier);
    }

    [Fact]
    public void IntegratorsCatalog_RegisteredFirst_Wins()
    {
        var own = ProviderCatalog.Parse(Catalog(ContractRoute));
        var services = new ServiceCollection().AddSingleton(own);

        using var provider = services.AddVideoPipeline().AddQuality().Services.BuildServiceProvider();

        Assert.Same(own, provider.GetRequiredService<ProviderCatalog>());
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddVideoPipeline()
            .AddQuality(configuration.GetSection(QualityOptions.SectionName))
            .Services.BuildServiceProvider(validateScopes: true);
    }

    private static string Catalog(params string[] routes) => $$"""{ "schemaVersion": 1, "routes": [ {{string.Join(", ", routes)}} ] }""";

    private string WriteCatalog(string name, params string[] routes)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, Catalog(routes));
        return path;
    }
}
