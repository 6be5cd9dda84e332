using System.Text;

namespace VideoPipeline.Sdk.Abstractions.Tests.Generation;

public sealed class GenerationRequestTests
{
    private static GenerationRequest Image(string prompt = "a red fox in the snow") => new("synthetic", "img-1", MediaKind.Image, prompt);

    [Fact]
    public void ComputeKey_IsStableAcrossVersions()
    {
        // Golden value of canonical form 1, computed independently of this code base (Python's hashlib over the layout
        // below). If it changes, every stored key is invalidated: bump the form version instead.
        var request = Image() with { Width = 1024, Height = 576, Seed = 42 };

        Assert.Equal("30282e0d05e38af1724912364bb58d02a655fd60c2759f332d1dc653f5309c2b", request.ComputeKey().ToString());
    }

    [Fact]
    public void WriteCanonicalForm_FollowsTheDocumentedLayout()
    {
        var request = Image() with { Width = 1024, Height = 576, Seed = 42 };
        var expected = new List<byte>();
        expected.AddRange("VPRQ"u8.ToArray());
        expected.AddRange([1, 1]);
        AddString(1, "synthetic");
        AddString(2, "img-1");
        expected.AddRange([3, (byte)MediaKind.Image]);
        AddString(4, "a red fox in the snow");
        expected.Add(6);
        expected.AddRange(BitConverter.GetBytes(1024));
        expected.Add(7);
        expected.AddRange(BitConverter.GetBytes(576));
        expected.Add(10);
        expected.AddRange(BitConverter.GetBytes(42L));

        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        request.WriteCanonicalForm(buffer);

        Assert.Equal(expected, buffer.WrittenSpan.ToArray());

        void AddString(byte tag, string value)
        {
            expected.Add(tag);
            expected.Add((byte)Encoding.UTF8.GetByteCount(value));
            expected.AddRange(Encoding.UTF8.GetBytes(value));
        }
    }

    [Fact]
    public void Prompt_ComposedAndDecomposedForms_AreTheSameRequest()
    {
        var composed = Image("caf\u00e9 at night");
        var decomposed = Image("cafe\u0301 at night");

        Assert.Equal(composed.ComputeKey(), decomposed.ComputeKey());
        Assert.Equal(composed, decomposed);
        Assert.True(decomposed.Prompt.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void NegativePrompt_Empty_IsTheSameAsNone()
    {
        Assert.Equal(Image().ComputeKey(), (Image() with { NegativePrompt = "" }).ComputeKey());
        Assert.Null((Image() with { NegativePrompt = "" }).NegativePrompt);
    }

    [Fact]
    public void Provider_IsCaseSensitive()
    {
        Assert.NotEqual(
            new GenerationRequest("Synthetic", "m", MediaKind.Text, "p").ComputeKey(),
            new GenerationRequest("synthetic", "m", MediaKind.Text, "p").ComputeKey());
    }

    [Fact]
    public void WithParameter_NumbersAreFormattedCanonically()
    {
        var a = Image().WithParameter("guidance", 7.5).WithParameter("steps", 30L).WithParameter("hdr", true);
        var b = Image().WithParameter("hdr", "true").WithParameter("steps", "30").WithParameter("guidance", "7.5");

        Assert.Equal(a.ComputeKey(), b.ComputeKey());
        Assert.Equal(["guidance", "hdr", "steps"], a.Parameters.Keys);
    }

    [Fact]
    public void WithoutParameter_RemovesIt()
    {
        var request = Image().WithParameter("style", "noir");

        Assert.Equal(Image().ComputeKey(), request.WithoutParameter("style").ComputeKey());
        Assert.Same(request, request.WithoutParameter("missing"));
    }

    [Fact]
    public void Music_MayHaveAnEmptyPrompt()
    {
        var music = new GenerationRequest("synthetic", "m", MediaKind.Music, "");

        Assert.Equal("", music.Prompt);
    }

    [Theory]
    [InlineData(null, "m", "Provider")]
    [InlineData("", "m", "Provider")]
    [InlineData("  ", "m", "Provider")]
    [InlineData("p", "", "Model")]
    [InlineData("p", " ", "Model")]
    public void Constructor_MissingProviderOrModel_ThrowsNamingTheField(string? provider, string model, string field)
    {
        var exception = Assert.ThrowsAny<ArgumentException>(() => new GenerationRequest(provider!, model, MediaKind.Text, "hello"));

        Assert.Equal(field, exception.ParamName);
    }

    [Theory]
    [InlineData(MediaKind.Text)]
    [InlineData(MediaKind.Image)]
    [InlineData(MediaKind.Video)]
    [InlineData(MediaKind.Speech)]
    public void Constructor_EmptyPromptWhereRequired_ThrowsNamingPrompt(MediaKind kind)
    {
        var exception = Assert.Throws<ArgumentException>(() => new GenerationRequest("p", "m", kind, " "));

        Assert.Equal("Prompt", exception.ParamName);
        Assert.Contains(kind.ToString(), exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void With_KindNeedingPromptOnPromptlessMusic_ThrowsNamingKind()
    {
        var music = new GenerationRequest("p", "m", MediaKind.Music, "");

        var exception = Assert.Throws<ArgumentException>(() => music with { Kind = MediaKind.Video });

        Assert.Equal("Kind", exception.ParamName);
    }

    [Fact]
    public void Constructor_UndefinedKind_ThrowsNamingKind()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new GenerationRequest("p", "m", (MediaKind)42, "x"));

        Assert.Equal("Kind", exception.ParamName);
    }

    public static TheoryData<Func<GenerationRequest, GenerationRequest>, string> InvalidValues => new()
    {
        { r => r with { Width = 0 }, "Width" },
        { r => r with { Width = -1 }, "Width" },
        { r => r with { Height = -720 }, "Height" },
        { r => r with { Duration = TimeSpan.FromSeconds(-1) }, "Duration" },
        { r => r with { Duration = TimeSpan.Zero }, "Duration" },
        { r => r with { FramesPerSecond = 0 }, "FramesPerSecond" },
        { r => r with { FramesPerSecond = double.NaN }, "FramesPerSecond" },
        { r => r with { FramesPerSecond = double.PositiveInfinity }, "FramesPerSecond" },
        { r => r with { MaxOutputTokens = 0 }, "MaxOutputTokens" },
        { r => r with { Voice = " " }, "Voice" },
        { r => r with { Prompt = "bad \ud800 surrogate" }, "Prompt" },
        { r => r with { Parameters = new Dictionary<string, string> { ["seed"] = "1" } }, "Parameters" },
        { r => r with { Parameters = new Dictionary<string, string> { [""] = "1" } }, "Parameters" },
        { r => r with { Parameters = new Dictionary<string, string> { ["style"] = null! } }, "Parameters" },
        { r => r.WithParameter("Width", "1024"), "Parameters" },
    };

    [Theory]
    [MemberData(nameof(InvalidValues))]
    public void InvalidValue_ThrowsNamingTheField(Func<GenerationRequest, GenerationRequest> change, string field)
    {
        var exception = Assert.ThrowsAny<ArgumentException>(() => change(Image()));

        Assert.Equal(field, exception.ParamName);
    }

    [Fact]
    public void WithParameter_NonFiniteNumber_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Image().WithParameter("guidance", double.NaN));
    }

    [Fact]
    public void ToString_DoesNotContainThePrompt()
    {
        var request = Image("my secret product launch");

        Assert.DoesNotContain("secret", request.ToString(), StringComparison.Ordinal);
        Assert.Contains(request.ComputeKey().ToString(), request.ToString(), StringComparison.Ordinal);
    }

    [Fact] // Regression: Equals compared parameters with LINQ's SequenceEqual and allocated 320 bytes per comparison.
    public void Equals_RequestsWithParameters_DoesNotAllocate()
    {
        var left = new GenerationRequest("synthetic", "image-1", MediaKind.Image, "a lighthouse").WithParameter("style", "noir").WithParameter("guidance", 7.5);
        var right = left with { };
        Assert.True(left.Equals(right));

        var before = GC.GetAllocatedBytesForCurrentThread();
        var equal = true;
        for (var i = 0; i < 100; i++)
        {
            equal &= left.Equals(right);
        }

        Assert.True(equal);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.False(left.Equals(left.WithParameter("style", "pastel")));
    }
}
