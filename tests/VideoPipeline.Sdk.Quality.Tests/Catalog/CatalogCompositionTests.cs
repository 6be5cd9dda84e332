namespace VideoPipeline.Sdk.Quality.Tests.Catalog;

public sealed class CatalogCompositionTests
{
    private static readonly DateOnly Captured = new(2026, 5, 1);

    [Fact]
    public void WithRoutes_ReplacesRoutesWithTheSameIdWhole_AddsTheOthers_AndLeavesTheOriginalAlone()
    {
        var original = new ProviderCatalog([Speech("voice-a", 0.05m), Speech("voice-b", 0.06m)]);
        var replacement = Speech("voice-a", 0.04m) with { Model = "contract-model" };
        var added = Speech("voice-c", 0.07m);

        var changed = original.WithRoutes([replacement, added]);

        Assert.Equal(["voice-a", "voice-b", "voice-c"], changed.Routes.Select(route => route.Id));
        Assert.Same(replacement, changed.Find("voice-a"));
        Assert.Same(added, changed.Find("voice-c"));
        Assert.Equal(0.05m, original.Find("voice-a")!.Price!.Amount.Usd);
        Assert.Equal(2, original.Routes.Count);
    }

    [Fact]
    public void WithRoutes_RejectsAnIdTwiceInTheSameCall_AndARouteBreakingARule()
    {
        var catalog = new ProviderCatalog([Speech("voice-a", 0.05m)]);
        var audioOnSpeech = Speech("voice-b", 0.05m) with { SupportsAudio = true };

        var twice = Assert.Throws<ArgumentException>(() => catalog.WithRoutes([Speech("voice-b", 0.05m), Speech("voice-b", 0.06m)]));
        var broken = Assert.Throws<ArgumentException>(() => catalog.WithRoutes([audioOnSpeech]));

        Assert.Equal("Route 'voice-b' appears more than once. (Parameter 'routes')", twice.Message);
        Assert.Equal("Route 'voice-b' (audio): only video routes generate audio alongside their output. (Parameter 'routes')", broken.Message);
    }

    [Fact]
    public void WithoutRoutes_LeavesOutTheIds_AndIgnoresUnknownOnes()
    {
        var catalog = new ProviderCatalog([Speech("voice-a", 0.05m), Speech("voice-b", 0.06m), Speech("voice-c", 0.07m)]);

        var smaller = catalog.WithoutRoutes(["voice-b", "no-such-voice"]);

        Assert.Equal(["voice-a", "voice-c"], smaller.Routes.Select(route => route.Id));
        Assert.Null(smaller.Find("voice-b"));
        Assert.Equal(3, catalog.Routes.Count);
    }

    [Fact]
    public void NullArguments_AreRejected_ByName()
    {
        var catalog = new ProviderCatalog([]);

        Assert.Equal("routes", Assert.Throws<ArgumentNullException>(() => catalog.WithRoutes(null!)).ParamName);
        Assert.Equal("routes", Assert.Throws<ArgumentNullException>(() => catalog.WithRoutes([null!])).ParamName);
        Assert.Equal("routeIds", Assert.Throws<ArgumentNullException>(() => catalog.WithoutRoutes(null!)).ParamName);
        Assert.Equal("routeIds", Assert.Throws<ArgumentNullException>(() => catalog.WithoutRoutes([null!])).ParamName);
    }

    private static GenerationRoute Speech(string id, decimal amountPerThousandCharacters) => new()
    {
        Id = id,
        Provider = "acme",
        Model = id,
        Kind = MediaKind.Speech,
        Tier = RouteTier.Standard,
        Price = new RoutePrice { Unit = PriceUnit.ThousandCharacters, Amount = new Money(amountPerThousandCharacters) },
        CapturedOn = Captured,
    };
}
