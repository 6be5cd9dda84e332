namespace VideoPipeline.Sdk.Abstractions.Tests.Pricing;

public sealed class MoneyTests
{
    [Fact]
    public void Arithmetic_IsExactInDecimal()
    {
        var total = Money.Zero;
        for (var i = 0; i < 1000; i++)
        {
            total += Money.FromUsd(0.001m);
        }

        Assert.Equal(Money.FromUsd(1m), total);
        Assert.Equal(Money.FromUsd(0.25m), Money.FromUsd(0.10m) * 2.5m);
        Assert.Equal(Money.FromUsd(0.05m), Money.FromUsd(0.10m) / 2);
        Assert.Equal(Money.FromUsd(-0.1m), Money.FromUsd(0.1m) - Money.FromUsd(0.2m));
        Assert.True((-Money.FromUsd(1m)).IsNegative);
    }

    [Fact]
    public void Comparison_OrdersByAmount()
    {
        Assert.True(Money.FromUsd(0.04m) < Money.FromUsd(0.40m));
        Assert.True(Money.FromUsd(0.40m) >= Money.FromUsd(0.4m));
        Assert.Equal(Money.FromUsd(0.4m), Money.FromUsd(0.40m));
        Assert.Equal(Money.FromUsd(0.4m).GetHashCode(), Money.FromUsd(0.40m).GetHashCode());
        Assert.Equal([Money.FromUsd(1), Money.FromUsd(2), Money.FromUsd(3)], new[] { Money.FromUsd(3), Money.FromUsd(1), Money.FromUsd(2) }.Order());
    }

    [Theory]
    [InlineData("0.04", "$0.04")]
    [InlineData("0.0125", "$0.0125")]
    [InlineData("12", "$12.00")]
    [InlineData("-1.5", "-$1.50")]
    public void ToString_FormatsDollarsInvariantly(string amount, string expected)
    {
        Assert.Equal(expected, Money.FromUsd(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)).ToString());
    }
}
