namespace VideoPipeline.Sdk.Abstractions.Tests.Generation;

public sealed class GenerationResultTests
{
    private static readonly MediaContent Content = MediaContent.FromBytes(new byte[] { 1, 2, 3 });

    [Fact]
    public void Defaults_AreFreeInstantAndEmpty()
    {
        var result = new GenerationResult(MediaKind.Image, "image/png", Content);

        Assert.Equal(Money.Zero, result.Cost);
        Assert.Equal(TimeSpan.Zero, result.ProviderLatency);
        Assert.Empty(result.Metadata);
        Assert.Equal(default, result.Usage);
    }

    [Theory]
    [InlineData("")]
    [InlineData("png")]
    [InlineData("image/")]
    [InlineData("/png")]
    public void Constructor_InvalidMediaType_Throws(string mediaType)
    {
        var exception = Assert.ThrowsAny<ArgumentException>(() => new GenerationResult(MediaKind.Image, mediaType, Content));

        Assert.Equal("mediaType", exception.ParamName);
    }

    [Fact]
    public void NegativeCostOrLatency_ThrowNamingTheProperty()
    {
        Assert.Equal("Cost", Assert.Throws<ArgumentOutOfRangeException>(
            () => new GenerationResult(MediaKind.Text, "text/plain", Content) { Cost = Money.FromUsd(-1) }).ParamName);
        Assert.Equal("ProviderLatency", Assert.Throws<ArgumentOutOfRangeException>(
            () => new GenerationResult(MediaKind.Text, "text/plain", Content) { ProviderLatency = TimeSpan.FromSeconds(-1) }).ParamName);
    }

    [Fact]
    public void Constructor_NullContent_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new GenerationResult(MediaKind.Text, "text/plain", null!));
    }
}
