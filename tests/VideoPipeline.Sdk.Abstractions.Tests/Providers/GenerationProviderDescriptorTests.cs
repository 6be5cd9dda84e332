namespace VideoPipeline.Sdk.Abstractions.Tests.Providers;

public sealed class GenerationProviderDescriptorTests
{
    [Fact]
    public void SupportedKinds_AreDistinctAndOrdered()
    {
        var descriptor = new GenerationProviderDescriptor("acme", [MediaKind.Video, MediaKind.Image, MediaKind.Video], ProviderPricing.Free);

        Assert.Equal([MediaKind.Image, MediaKind.Video], descriptor.SupportedKinds);
        Assert.True(descriptor.Supports(MediaKind.Video));
        Assert.False(descriptor.Supports(MediaKind.Music));
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("slash/name")]
    [InlineData("ünïcode")]
    [InlineData("a1234567890123456789012345678901234567890123456789012345678901234")]
    public void Constructor_InvalidName_Throws(string name)
    {
        var exception = Assert.Throws<ArgumentException>(() => new GenerationProviderDescriptor(name, [MediaKind.Text], ProviderPricing.Free));

        Assert.Equal("name", exception.ParamName);
        Assert.False(GenerationProviderDescriptor.IsValidName(name));
    }

    [Fact]
    public void Constructor_NoKinds_Throws()
    {
        var exception = Assert.Throws<ArgumentException>(() => new GenerationProviderDescriptor("acme", [], ProviderPricing.Free));

        Assert.Equal("supportedKinds", exception.ParamName);
    }

    [Fact]
    public void Exception_TransientKinds_AreRetryable()
    {
        Assert.True(new GenerationProviderException(GenerationErrorKind.RateLimited, "slow down") { RetryAfter = TimeSpan.FromSeconds(3) }.IsTransient);
        Assert.True(new GenerationProviderException(GenerationErrorKind.Timeout, "late").IsTransient);
        Assert.False(new GenerationProviderException(GenerationErrorKind.InvalidRequest, "bad") { ParameterName = "Width" }.IsTransient);
        Assert.False(new GenerationProviderException("plain").IsTransient);
        Assert.Throws<ArgumentOutOfRangeException>(() => new GenerationProviderException(GenerationErrorKind.RateLimited, "x") { RetryAfter = TimeSpan.FromSeconds(-1) });
    }
}
