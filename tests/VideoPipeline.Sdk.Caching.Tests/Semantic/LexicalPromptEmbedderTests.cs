using System.Numerics.Tensors;

namespace VideoPipeline.Sdk.Caching.Tests.Semantic;

public sealed class LexicalPromptEmbedderTests
{
    private static readonly (int Index, float Value)[] ExpectedKnownPromptVector =
    [
        (1, 0.0947f), (2, -0.0820f), (9, 0.0328f), (11, 0.0820f), (12, -0.1640f), (16, 0.0947f), (19, -0.1640f), (21, -0.0820f),
        (22, 0.3280f), (28, -0.4693f), (30, 0.0820f), (31, -0.0619f), (38, -0.0947f), (39, 0.0947f), (43, -0.4011f), (44, -0.0947f),
        (48, -0.1640f), (50, -0.3280f), (52, 0.0820f), (53, 0.0947f), (54, -0.3280f), (56, -0.0820f), (59, -0.3280f), (61, -0.0947f),
    ];

    private readonly LexicalPromptEmbedder _embedder = new();

    [Fact]
    public void Constructor_Default_Uses384Dimensions()
    {
        Assert.Equal(384, LexicalPromptEmbedder.DefaultDimensions);
        Assert.Equal(LexicalPromptEmbedder.DefaultDimensions, _embedder.Dimensions);
        Assert.Equal(384, _embedder.Embed("a cat").Length);
    }

    [Theory]
    [InlineData(16)]
    [InlineData(1000)]
    [InlineData(65_536)]
    public void Embed_CustomDimensions_ReturnsVectorOfThatLength(int dimensions)
    {
        var embedder = new LexicalPromptEmbedder(dimensions);

        var vector = embedder.Embed("a red kite over green hills");

        Assert.Equal(dimensions, embedder.Dimensions);
        Assert.Equal(dimensions, vector.Length);
        Assert.Equal(1f, TensorPrimitives.Norm<float>(vector), 4);
    }

    [Theory]
    [InlineData(15)]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(65_537)]
    public void Constructor_DimensionsOutOfRange_ThrowsArgumentOutOfRangeException(int dimensions)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new LexicalPromptEmbedder(dimensions));

        Assert.Equal("dimensions", exception.ParamName);
        Assert.Equal(dimensions, exception.ActualValue);
    }

    [Fact]
    public void Embed_SamePrompt_ReturnsEqualVectorsFromDifferentInstances()
    {
        const string Prompt = "Cinematic drone shot of a lighthouse on a rocky coast at dusk, 4k";

        Assert.Equal(new LexicalPromptEmbedder().Embed(Prompt), new LexicalPromptEmbedder().Embed(Prompt));
    }

    [Fact]
    public void Embed_KnownPrompt_ReturnsTheStoredVector()
    {
        // The hash is XXH3 over UTF-8 with fixed seeds: vectors stored by one process or machine stay valid in another.
        // A change here invalidates stored embeddings and needs a note in the release.
        var vector = new LexicalPromptEmbedder(64).Embed("A red fox jumps over the lazy dog");

        var nonZero = vector.Select((value, index) => (index, value)).Where(pair => pair.value != 0f).ToArray();
        Assert.Equal(ExpectedKnownPromptVector.Length, nonZero.Length);
        foreach (var ((index, value), (expectedIndex, expectedValue)) in nonZero.Zip(ExpectedKnownPromptVector))
        {
            Assert.Equal(expectedIndex, index);
            Assert.Equal(expectedValue, value, 4);
        }
    }

    [Theory]
    [InlineData("a cat")]
    [InlineData("A red vintage car driving through the desert at sunset, cinematic, 35mm film grain")]
    [InlineData("日本の庭園、秋の紅葉")]
    [InlineData("the of a")]
    public void Embed_AnyPromptWithWords_ReturnsUnitVector(string prompt)
    {
        var vector = _embedder.Embed(prompt);

        Assert.Equal(1f, TensorPrimitives.Norm<float>(vector), 4);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("!!! ... --- ???")]
    [InlineData("\u201C\u201D \u2014 ()")]
    public void Embed_NoLettersOrDigits_ReturnsZeroVector(string prompt)
    {
        var vector = _embedder.Embed(prompt);

        Assert.Equal(LexicalPromptEmbedder.DefaultDimensions, vector.Length);
        Assert.All(vector, value => Assert.Equal(0f, value));
    }

    [Fact]
    public void Embed_RandomPrompts_ReturnsUnitOrZeroVectors()
    {
        var embedder = new LexicalPromptEmbedder(16);

        foreach (var prompt in RandomPrompts.Generate(seed: 11, count: 3_000).Append(new string('x', 500) + " " + new string('9', 300)))
        {
            var norm = TensorPrimitives.Norm<float>(embedder.Embed(prompt));
            Assert.True(norm == 0f || Math.Abs(norm - 1f) < 1e-4f, $"Norm {norm} for '{prompt}'.");
        }
    }

    [Fact]
    public void Embed_PromptsDifferingOnlyInCase_ReturnsEqualVectors()
    {
        Assert.Equal(_embedder.Embed("A Red Car AT NIGHT in Tokyo"), _embedder.Embed("a red car at night in tokyo"));
    }

    [Theory]
    [InlineData("twenty-five candles on a cake", "25 candles on a cake")]
    [InlineData("a cosy grey sofa", "a cozy gray sofa")]
    [InlineData("dogs running on the beach", "dog runs on the beach")]
    [InlineData("a café at night", "a cafe at night")]
    public void Embed_EquivalentSpellings_ReturnsNearlyEqualVectors(string first, string second)
    {
        Assert.True(Similarity(first, second) > 0.97f, $"'{first}' and '{second}': {Similarity(first, second)}");
    }

    [Theory]
    [InlineData("a cat sleeping on a red sofa", "please generate a photo of a cat sleeping on a red sofa", "a dog barking at a mail carrier in the rain")]
    [InlineData("a cat sleeping on a red sofa", "a red sofa with a cat sleeping on it", "a cat sleeping on a blue bed")]
    [InlineData("upbeat electronic track with synth arpeggios", "Upbeat electronic track, synth arpeggios!", "slow acoustic ballad with soft vocals")]
    public void Embed_Paraphrase_IsCloserThanADifferentPrompt(string prompt, string paraphrase, string different)
    {
        Assert.True(Similarity(prompt, paraphrase) > Similarity(prompt, different));
        Assert.True(Similarity(prompt, paraphrase) > 0.85f, $"paraphrase: {Similarity(prompt, paraphrase)}");
        Assert.True(Similarity(prompt, different) < 0.7f, $"different: {Similarity(prompt, different)}");
    }

    [Fact]
    public void Embed_SwappedRoles_AreNotIdentical()
    {
        // Pairs of neighbouring words keep the order: who chases whom.
        Assert.True(Similarity("a cat chasing a mouse", "a mouse chasing a cat") < 0.95f);
    }

    [Fact]
    public void Embed_LongPrompt_ReturnsUnitVector()
    {
        var prompt = string.Join(", ", Enumerable.Repeat("a lighthouse on a rocky coast under a stormy sky", 40));

        var vector = _embedder.Embed(prompt);

        Assert.True(prompt.Length > 1000);
        Assert.Equal(1f, TensorPrimitives.Norm<float>(vector), 4);
        Assert.Equal(vector, _embedder.Embed(prompt));
    }

    [Fact]
    public async Task EmbedAsync_ReturnsTheSameVectorAsEmbed()
    {
        var vector = await _embedder.EmbedAsync("a koi pond in a Japanese garden");

        Assert.Equal(_embedder.Embed("a koi pond in a Japanese garden"), vector.ToArray());
    }

    [Fact]
    public void Embed_NullPrompt_ThrowsArgumentNullException()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => _embedder.Embed(null!));

        Assert.Equal("prompt", exception.ParamName);
    }

    [Fact]
    public async Task EmbedAsync_NullPrompt_ThrowsArgumentNullException()
    {
        var exception = await Assert.ThrowsAsync<ArgumentNullException>(() => _embedder.EmbedAsync(null!).AsTask());

        Assert.Equal("prompt", exception.ParamName);
    }

    [Fact]
    public async Task Embed_ConcurrentCallers_GetTheSameVectorsAsASingleCaller()
    {
        var prompts = SemanticPairSet.All.SelectMany(pair => new[] { pair.Cached, pair.Requested }).Distinct().ToArray();
        var expected = prompts.Select(_embedder.Embed).ToArray();

        var tasks = Enumerable.Range(0, 8).Select(worker => Task.Run(() =>
        {
            var random = new Random(worker);
            for (var i = 0; i < 2_000; i++)
            {
                var index = random.Next(prompts.Length);
                Assert.Equal(expected[index], _embedder.Embed(prompts[index]));
            }
        }));

        await Task.WhenAll(tasks);
    }

    private float Similarity(string first, string second) =>
        TensorPrimitives.CosineSimilarity(_embedder.Embed(first), _embedder.Embed(second));
}
