namespace VideoPipeline.Sdk.Quality.Tests.Catalog;

public sealed class BuiltInCatalogTests
{
    private static readonly MediaKind[] TieredKinds = [MediaKind.Video, MediaKind.Image, MediaKind.Speech, MediaKind.Music];

    private static readonly DateOnly LatestCapture = ProviderCatalog.BuiltIn.Routes.Max(route => route.CapturedOn);

    private static IReadOnlyList<GenerationRoute> Routes => ProviderCatalog.BuiltIn.Routes;

    [Fact]
    public void BuiltIn_IsReadOnce_AndHoldsEveryRouteOfTheEmbeddedFile()
    {
        Assert.Same(ProviderCatalog.BuiltIn, ProviderCatalog.BuiltIn);
        Assert.Equal(23, Routes.Count);
        Assert.Equal(Routes.Count, Routes.Select(route => route.Id).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void EveryKindAndTier_OfVideoImageSpeechAndMusic_HasAnActiveRoute_AndTextHasTwoRoutes()
    {
        foreach (var kind in TieredKinds)
        {
            foreach (var tier in Enum.GetValues<RouteTier>())
            {
                var route = ProviderCatalog.BuiltIn.SelectRoute(kind, tier, LatestCapture);

                Assert.True(route is not null, $"no {tier} {kind} route");
                Assert.Equal(RouteStatus.Active, route.GetStatus(LatestCapture));
            }
        }

        Assert.Equal(2, Routes.Count(route => route.Kind == MediaKind.Text));
    }

    [Fact]
    public void EveryRoute_IsAnExample_WithAPriceAPricingPageAndADateIn2026()
    {
        Assert.All(Routes, route =>
        {
            Assert.True(route.IsExample, route.Id);
            Assert.NotNull(route.Price);
            Assert.Equal(Uri.UriSchemeHttps, route.Source?.Scheme);
            Assert.Equal(2026, route.CapturedOn.Year);
            Assert.True(route.TypicalLatency > TimeSpan.Zero, route.Id);
        });
    }

    [Fact]
    public void NoRoute_IsRemoved_AndExactlyOneIsDeprecated_InFavourOfAnActiveRouteOfItsTier()
    {
        var deprecatedOn = new DateOnly(2026, 12, 1);

        Assert.All(Routes, route => Assert.Null(route.RemovedOn));
        var deprecated = Assert.Single(Routes, route => route.GetStatus(deprecatedOn) == RouteStatus.Deprecated);
        Assert.Equal("google-veo-3.0-fast", deprecated.Id);
        Assert.Equal(RouteStatus.Active, deprecated.GetStatus(deprecated.DeprecatedOn!.Value.AddDays(-1)));
        var successor = ProviderCatalog.BuiltIn.Resolve(deprecated.Id, deprecatedOn);
        Assert.NotNull(successor);
        Assert.Equal(("google-veo-3.1-fast", deprecated.Kind, deprecated.Tier), (successor.Id, successor.Kind, successor.Tier));
        Assert.Same(deprecated, ProviderCatalog.BuiltIn.Resolve(deprecated.Id, deprecated.DeprecatedOn.Value.AddDays(-1)));
    }

    [Theory]
    [InlineData(RouteTier.Lite, 0.04, 0.05)]
    [InlineData(RouteTier.Standard, 0.10, 0.15)]
    [InlineData(RouteTier.Pro, 0.25, 0.40)]
    public void VideoPrices_AtTheLowestResolution_AreInTheRangeOfTheirTier(RouteTier tier, double low, double high)
    {
        var routes = Routes.Where(route => route.Kind == MediaKind.Video && route.Tier == tier).ToList();

        Assert.NotEmpty(routes);
        Assert.All(routes, route =>
        {
            Assert.Equal(PriceUnit.Second, route.Price!.Unit);
            var price = route.Price.GetUnitPrice(route.Resolutions[0], route.SupportsAudio).Usd;
            Assert.InRange(price, (decimal)low, (decimal)high);
        });
    }

    [Fact]
    public void FlagshipVideo_CostsFortyToSixtyCentsASecond_At1080pAnd4K()
    {
        var flagships = Routes.Where(route => route.Kind == MediaKind.Video && route.Tier == RouteTier.Flagship).ToList();

        Assert.NotEmpty(flagships);
        Assert.All(flagships, route =>
        {
            Assert.Contains(1080, route.Resolutions);
            Assert.Contains(2160, route.Resolutions);
            Assert.NotEmpty(route.Price!.ResolutionAmounts);
            Assert.All(route.Resolutions, height => Assert.InRange(route.Price.GetUnitPrice(height, route.SupportsAudio).Usd, 0.40m, 0.60m));
        });
        Assert.Contains(Routes, route => route.Kind == MediaKind.Video && route.SupportsAudio && route.Price!.AudioSurcharge > Money.Zero);
    }

    [Theory]
    [InlineData(MediaKind.Image, PriceUnit.Image, 0.002, 0.17)]
    [InlineData(MediaKind.Speech, PriceUnit.ThousandCharacters, 0.05, 0.10)]
    [InlineData(MediaKind.Music, PriceUnit.Track, 0.04, 0.15)]
    public void OtherPrices_AreInTheRangeOfTheirKind(MediaKind kind, PriceUnit unit, double low, double high)
    {
        var routes = Routes.Where(route => route.Kind == kind).ToList();

        Assert.NotEmpty(routes);
        Assert.All(routes, route =>
        {
            Assert.Equal(unit, route.Price!.Unit);
            Assert.Empty(route.Price.ResolutionAmounts);
            Assert.InRange(route.Price.Amount.Usd, (decimal)low, (decimal)high);
        });
    }

    [Fact]
    public void VideoRoutes_OfferRealisticFormats()
    {
        Assert.All(Routes.Where(route => route.Kind == MediaKind.Video), route =>
        {
            Assert.All(route.Resolutions, height => Assert.Contains(height, new[] { 480, 720, 1080, 2160 }));
            Assert.All(route.FramesPerSecond, rate => Assert.InRange(rate, 24, 60));
            Assert.All(route.ClipDurations, length => Assert.InRange(length, TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(10)));
        });
    }

    [Fact]
    public void Quality_RisesWithTheTier_WithinEveryKind()
    {
        foreach (var kind in Enum.GetValues<MediaKind>())
        {
            var tiers = Routes.Where(route => route.Kind == kind).GroupBy(route => route.Tier).OrderBy(group => group.Key).ToList();
            for (var index = 1; index < tiers.Count; index++)
            {
                Assert.True(
                    tiers[index].Min(route => route.Quality) > tiers[index - 1].Max(route => route.Quality),
                    $"{kind}: {tiers[index].Key} is not above {tiers[index - 1].Key}");
            }
        }
    }
}
