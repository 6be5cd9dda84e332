namespace VideoPipeline.Sdk.Quality.Tests.Catalog;

public sealed class RoutePriceTests
{
    private static readonly RoutePrice Video = new()
    {
        Unit = PriceUnit.Second,
        Amount = new Money(0.10m),
        ResolutionAmounts = new Dictionary<int, Money> { [1080] = new Money(0.12m), [2160] = new Money(0.30m) },
        AudioSurcharge = new Money(0.05m),
    };

    public static TheoryData<RoutePrice, GenerationUsage, decimal> Usages => new()
    {
        { Video, new GenerationUsage { VideoSeconds = 8, Images = 2 }, 0.80m },
        { new RoutePrice { Unit = PriceUnit.Image, Amount = new Money(0.0027m) }, new GenerationUsage { Images = 3, VideoSeconds = 4 }, 0.0081m },
        { new RoutePrice { Unit = PriceUnit.ThousandCharacters, Amount = new Money(0.10m) }, new GenerationUsage { Characters = 1_500, Tokens = 900 }, 0.15m },
        { new RoutePrice { Unit = PriceUnit.Track, Amount = new Money(0.08m) }, new GenerationUsage { Tracks = 2 }, 0.16m },
        { new RoutePrice { Unit = PriceUnit.ThousandTokens, Amount = new Money(0.0006875m) }, new GenerationUsage { Tokens = 4_000, Characters = 10 }, 0.00275m },
    };

    [Theory]
    [InlineData(null, false, 0.10)]
    [InlineData(720, false, 0.10)]
    [InlineData(1080, false, 0.12)]
    [InlineData(2160, true, 0.35)]
    [InlineData(null, true, 0.15)]
    public void GetUnitPrice_TakesTheResolutionsAmountOrTheBase_PlusTheAudioSurcharge(int? resolution, bool withAudio, double expected)
    {
        Assert.Equal(new Money((decimal)expected), Video.GetUnitPrice(resolution, withAudio));
    }

    [Theory]
    [MemberData(nameof(Usages))]
    public void Calculate_BillsOnlyTheUnitOfThePrice_Exactly(RoutePrice price, GenerationUsage usage, decimal expected)
    {
        Assert.Equal(new Money(expected), price.Calculate(usage));
    }

    [Fact]
    public void Calculate_AtAResolutionWithAudio_UsesThatUnitPrice()
    {
        Assert.Equal(new Money(1.36m), Video.Calculate(new GenerationUsage { VideoSeconds = 8 }, 1080, withAudio: true));
    }

    [Theory]
    [MemberData(nameof(Usages))]
    public void ToProviderPricing_BillsExactlyWhatThePriceSays(RoutePrice price, GenerationUsage usage, decimal expected)
    {
        var pricing = price.ToProviderPricing();

        Assert.Equal(new Money(expected), pricing.Calculate(usage));
        Assert.Equal(price.Amount, new[] { pricing.PerVideoSecond, pricing.PerImage, pricing.PerThousandCharacters, pricing.PerTrack, pricing.PerThousandTokens }.Max());
    }

    [Fact]
    public void ToProviderPricing_AtAResolutionWithAudio_ChargesThatUnitPrice()
    {
        var pricing = Video.ToProviderPricing(2160, withAudio: true);

        Assert.Equal(new ProviderPricing { PerVideoSecond = new Money(0.35m) }, pricing);
        Assert.Equal(Video.Calculate(new GenerationUsage { VideoSeconds = 6 }, 2160, withAudio: true), pricing.Calculate(new GenerationUsage { VideoSeconds = 6 }));
    }

    [Fact]
    public void NegativeAmounts_AreRejected_ByName()
    {
        Assert.Equal("Amount", Assert.Throws<ArgumentOutOfRangeException>(() => new RoutePrice { Amount = new Money(-0.01m) }).ParamName);
        Assert.Equal("AudioSurcharge", Assert.Throws<ArgumentOutOfRangeException>(() => new RoutePrice { AudioSurcharge = new Money(-0.01m) }).ParamName);
        Assert.Equal(
            "ResolutionAmounts[1080]",
            Assert.Throws<ArgumentOutOfRangeException>(() => new RoutePrice { ResolutionAmounts = new Dictionary<int, Money> { [1080] = new Money(-1m) } }).ParamName);
    }
}
