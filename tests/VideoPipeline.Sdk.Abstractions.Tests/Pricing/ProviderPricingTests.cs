namespace VideoPipeline.Sdk.Abstractions.Tests.Pricing;

public sealed class ProviderPricingTests
{
    private static readonly ProviderPricing Pricing = new()
    {
        PerImage = Money.FromUsd(0.04m),
        PerVideoSecond = Money.FromUsd(0.40m),
        PerThousandCharacters = Money.FromUsd(0.08m),
        PerThousandTokens = Money.FromUsd(0.002m),
        PerTrack = Money.FromUsd(0.08m),
    };

    [Fact]
    public void Calculate_SumsEveryUnitTimesItsPrice()
    {
        var usage = new GenerationUsage { Images = 3, VideoSeconds = 8, Characters = 1500, Tokens = 2500, Tracks = 1 };

        // 3 × 0.04 + 8 × 0.40 + 1.5 × 0.08 + 2.5 × 0.002 + 1 × 0.08
        Assert.Equal(Money.FromUsd(0.12m + 3.20m + 0.12m + 0.005m + 0.08m), Pricing.Calculate(usage));
    }

    [Fact]
    public void Calculate_NoUsage_IsFree()
    {
        Assert.Equal(Money.Zero, Pricing.Calculate(default));
        Assert.Equal(Money.Zero, ProviderPricing.Free.Calculate(new GenerationUsage { Images = 10 }));
    }

    [Fact]
    public void NegativePrice_ThrowsNamingTheProperty()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new ProviderPricing { PerImage = Money.FromUsd(-0.01m) });

        Assert.Equal("PerImage", exception.ParamName);
    }

    [Theory]
    [InlineData("Images")]
    [InlineData("VideoSeconds")]
    [InlineData("Characters")]
    [InlineData("Tokens")]
    [InlineData("Tracks")]
    public void NegativeUsage_ThrowsNamingTheProperty(string property)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => property switch
        {
            "Images" => new GenerationUsage { Images = -1 },
            "VideoSeconds" => new GenerationUsage { VideoSeconds = -0.5 },
            "Characters" => new GenerationUsage { Characters = -1 },
            "Tokens" => new GenerationUsage { Tokens = -1 },
            _ => new GenerationUsage { Tracks = -1 },
        });

        Assert.Equal(property, exception.ParamName);
    }
}
