namespace VideoPipeline.Sdk.Abstractions.Tests.Generation;

public sealed class GenerationRequestKeyTests
{
    private static readonly GenerationRequestKey Key = new GenerationRequest("p", "m", MediaKind.Text, "hello").ComputeKey();

    [Fact]
    public void ToString_IsSixtyFourLowerCaseHexDigits_AndParsesBack()
    {
        var text = Key.ToString();

        Assert.Matches("^[0-9a-f]{64}$", text);
        Assert.Equal(Key, GenerationRequestKey.Parse(text));
        Assert.Equal(Key, GenerationRequestKey.Parse(text.ToUpperInvariant()));
    }

    [Fact]
    public void CopyTo_RoundTripsThroughTheBytesConstructor()
    {
        var bytes = new byte[GenerationRequestKey.SizeInBytes];
        Key.CopyTo(bytes);

        Assert.Equal(Key, new GenerationRequestKey(bytes));
        Assert.Equal(Convert.ToHexStringLower(bytes), Key.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("zz00000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("00000000000000000000000000000000000000000000000000000000000000000")]
    public void TryParse_Invalid_ReturnsFalse(string text)
    {
        Assert.False(GenerationRequestKey.TryParse(text, out _));
        Assert.Throws<FormatException>(() => GenerationRequestKey.Parse(text));
    }

    [Fact]
    public void Constructor_WrongLength_Throws()
    {
        Assert.Throws<ArgumentException>(() => new GenerationRequestKey(new byte[31]));
    }

    [Fact]
    public void TryFormat_ShortBuffer_ReturnsFalse()
    {
        Assert.False(Key.TryFormat(new char[63], out var written));
        Assert.Equal(0, written);
    }
}
