namespace VideoPipeline.Sdk.Styles.Tests.Templates;

public sealed class AspectRatioTests
{
    [Theory]
    [InlineData("16:9", 16, 9)]
    [InlineData(" 9 : 16 ", 9, 16)]
    [InlineData("21:9", 21, 9)]
    [InlineData("1:1", 1, 1)]
    [InlineData("100:1", 100, 1)]
    public void Parse_WidthColonHeight_KeepsTheTermsAsWritten(string text, int width, int height)
    {
        var ratio = AspectRatio.Parse(text);

        Assert.Equal((width, height), (ratio.Width, ratio.Height));
        Assert.Equal($"{width}:{height}", ratio.ToString());
    }

    [Theory]
    [InlineData("16x9")]
    [InlineData("16:")]
    [InlineData(":9")]
    [InlineData("0:9")]
    [InlineData("16:0")]
    [InlineData("101:1")]
    [InlineData("-16:9")]
    [InlineData("16:9:1")]
    [InlineData("1.5:1")]
    [InlineData("")]
    public void Parse_NotARatio_ThrowsFormatException_QuotingTheText(string text)
    {
        var exception = Assert.Throws<FormatException>(() => AspectRatio.Parse(text));

        Assert.Contains($"'{text}' is not an aspect ratio", exception.Message, StringComparison.Ordinal);
        Assert.False(AspectRatio.TryParse(text, out var ratio));
        Assert.True(ratio.IsDefault);
    }

    [Fact]
    public void TryParse_Null_ReturnsFalse()
    {
        Assert.False(AspectRatio.TryParse(null, out _));
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => AspectRatio.Parse(null!)).ParamName);
    }

    [Fact]
    public void Equality_ComparesTheRatiosAsWritten()
    {
        Assert.Equal(new AspectRatio(16, 9), AspectRatio.Parse("16:9"));
        Assert.True(new AspectRatio(16, 9) == AspectRatio.Parse("16:9"));
        Assert.True(new AspectRatio(32, 18) != new AspectRatio(16, 9));
        Assert.NotEqual(new AspectRatio(9, 16), new AspectRatio(16, 9));
    }

    [Theory]
    [InlineData(0, 9)]
    [InlineData(16, 0)]
    [InlineData(101, 9)]
    [InlineData(16, -1)]
    public void Constructor_TermOutOfRange_Throws(int width, int height)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new AspectRatio(width, height));
    }
}
