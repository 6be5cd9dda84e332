namespace VideoPipeline.Sdk.Quality.Tests.Catalog;

public sealed class RouteSelectionTests
{
    private static readonly DateOnly Captured = new(2026, 3, 1);

    private static readonly DateOnly Deprecation = new(2026, 6, 1);

    private static readonly DateOnly Removal = new(2026, 9, 1);

    [Fact]
    public void SelectRoute_NeverReturnsARemovedRoute_EvenTheOnlyOneOfItsTier()
    {
        var catalog = new ProviderCatalog([Video("old-pro", RouteTier.Pro, 0.9, removedOn: Removal)]);

        Assert.Equal("old-pro", catalog.SelectRoute(MediaKind.Video, RouteTier.Pro, Removal.AddDays(-1))?.Id);
        Assert.Null(catalog.SelectRoute(MediaKind.Video, RouteTier.Pro, Removal));
        Assert.Empty(catalog.GetUsableRoutes(MediaKind.Video, Removal));
    }

    [Fact]
    public void SelectRoute_PrefersAnActiveRoute_ToABetterDeprecatedRouteOfTheSameTier()
    {
        var catalog = new ProviderCatalog(
        [
            Video("deprecated-best", RouteTier.Standard, 0.95, deprecatedOn: Deprecation),
            Video("active-worse", RouteTier.Standard, 0.60),
            Video("active-pro", RouteTier.Pro, 0.99),
        ]);

        Assert.Equal("deprecated-best", catalog.SelectRoute(MediaKind.Video, RouteTier.Standard, Deprecation.AddDays(-1))?.Id);
        Assert.Equal("active-worse", catalog.SelectRoute(MediaKind.Video, RouteTier.Standard, Deprecation)?.Id);
    }

    [Fact]
    public void SelectRoute_PicksADeprecatedRoute_OnlyWhenItIsAloneInItsTier()
    {
        var catalog = new ProviderCatalog(
        [
            Video("deprecated-lite", RouteTier.Lite, 0.5, deprecatedOn: Deprecation, removedOn: Removal),
            Video("active-standard", RouteTier.Standard, 0.7),
        ]);

        Assert.Equal("deprecated-lite", catalog.SelectRoute(MediaKind.Video, RouteTier.Lite, Deprecation)?.Id);
        Assert.Null(catalog.SelectRoute(MediaKind.Video, RouteTier.Lite, Removal));
        Assert.Null(catalog.SelectRoute(MediaKind.Image, RouteTier.Lite, Deprecation));
    }

    [Fact]
    public void SelectRoute_BreaksQualityTies_ByTheLowerPriceThenTheId()
    {
        var catalog = new ProviderCatalog(
        [
            Video("b-cheap", RouteTier.Standard, 0.7, amount: 0.10m),
            Video("a-dear", RouteTier.Standard, 0.7, amount: 0.12m),
            Video("c-cheap", RouteTier.Standard, 0.7, amount: 0.10m),
            Video("d-unknown", RouteTier.Standard, 0.7, amount: null),
        ]);

        Assert.Equal("b-cheap", catalog.SelectRoute(MediaKind.Video, RouteTier.Standard, Captured)?.Id);
    }

    [Fact]
    public void Resolve_KeepsAnActiveRoute_ReplacesADeprecatedOrRemovedOne_AndKeepsADeprecatedOneWithoutSuccessor()
    {
        var successor = Video("new-fast", RouteTier.Standard, 0.7);
        var catalog = new ProviderCatalog(
        [
            Video("old-fast", RouteTier.Standard, 0.6, deprecatedOn: Deprecation, removedOn: Removal),
            successor,
            Video("lonely-pro", RouteTier.Pro, 0.8, deprecatedOn: Deprecation, removedOn: Removal),
        ]);

        Assert.Equal("old-fast", catalog.Resolve("old-fast", Captured)?.Id);
        Assert.Same(successor, catalog.Resolve("old-fast", Deprecation));
        Assert.Same(successor, catalog.Resolve("old-fast", Removal));
        Assert.Equal("lonely-pro", catalog.Resolve("lonely-pro", Deprecation)?.Id);
        Assert.Null(catalog.Resolve("lonely-pro", Removal));
        Assert.Null(catalog.Resolve("no-such-route", Captured));
    }

    [Fact]
    public void Constructor_RejectsARouteBreakingARule_AndRepeatedIds_NamingTheRoute()
    {
        var bad = Video("bad-video", RouteTier.Lite, 0.5) with { FramesPerSecond = [] };
        var good = Video("good-video", RouteTier.Lite, 0.5);

        var broken = Assert.Throws<ArgumentException>(() => new ProviderCatalog([bad]));
        var repeated = Assert.Throws<ArgumentException>(() => new ProviderCatalog([good, good]));

        Assert.Equal("Route 'bad-video' (framesPerSecond): a video route needs at least one frame rate. (Parameter 'routes')", broken.Message);
        Assert.Equal("Route 'good-video' appears more than once. (Parameter 'routes')", repeated.Message);
    }

    [Fact]
    public void Constructor_RejectsAPriceForAResolutionTheRouteDoesNotOffer()
    {
        var route = Video("video", RouteTier.Lite, 0.5) with
        {
            Price = new RoutePrice { Amount = new Money(0.05m), ResolutionAmounts = new Dictionary<int, Money> { [2160] = new Money(0.3m) } },
        };

        var exception = Assert.Throws<ArgumentException>(() => new ProviderCatalog([route]));

        Assert.StartsWith("Route 'video' (price.resolutionAmounts): the price names resolution 2160, which the route does not offer (720, 1080).", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RoutesWithListsOfEqualValues_AreEqual_AndHashAlike()
    {
        var first = Video("video", RouteTier.Lite, 0.5) with { Resolutions = [1080, 720] };
        var second = Video("video", RouteTier.Lite, 0.5);

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, second with { ClipDurations = [TimeSpan.FromSeconds(5)] });
        Assert.NotEqual(first, second with { Price = second.Price! with { ResolutionAmounts = new Dictionary<int, Money> { [1080] = new Money(0.2m) } } });
    }

    private static GenerationRoute Video(string id, RouteTier tier, double quality, DateOnly? deprecatedOn = null, DateOnly? removedOn = null, decimal? amount = 0.10m) => new()
    {
        Id = id,
        Provider = "acme",
        Model = id,
        Kind = MediaKind.Video,
        Tier = tier,
        Quality = quality,
        Resolutions = [720, 1080],
        FramesPerSecond = [24],
        ClipDurations = [TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(8)],
        Price = amount is { } usd ? new RoutePrice { Unit = PriceUnit.Second, Amount = new Money(usd) } : null,
        CapturedOn = Captured,
        DeprecatedOn = deprecatedOn,
        RemovedOn = removedOn,
    };
}
