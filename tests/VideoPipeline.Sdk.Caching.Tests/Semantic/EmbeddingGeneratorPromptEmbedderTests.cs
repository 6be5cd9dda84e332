namespace VideoPipeline.Sdk.Caching.Tests.Semantic;

public sealed class EmbeddingGeneratorPromptEmbedderTests
{
    [Fact]
    public async Task EmbedAsync_OneEmbedding_ReturnsItsVector()
    {
        var embedder = new EmbeddingGeneratorPromptEmbedder(new FakeEmbeddingGenerator([0.25f, -0.5f, 1f]));

        var vector = await embedder.EmbedAsync("a cat on a sofa");

        Assert.Equal([0.25f, -0.5f, 1f], vector.ToArray());
    }

    [Fact]
    public async Task EmbedAsync_SendsThePromptAloneToTheGenerator()
    {
        var generator = new FakeEmbeddingGenerator([1f, 0f]);
        var embedder = new EmbeddingGeneratorPromptEmbedder(generator);

        await embedder.EmbedAsync("a cat on a sofa");

        var call = Assert.Single(generator.Calls);
        Assert.Equal(["a cat on a sofa"], call);
    }

    [Fact]
    public async Task EmbedAsync_PassesTheCancellationTokenToTheGenerator()
    {
        var generator = new FakeEmbeddingGenerator([1f, 0f]);
        var embedder = new EmbeddingGeneratorPromptEmbedder(generator);
        using var cancellation = new CancellationTokenSource();

        await embedder.EmbedAsync("a cat", cancellation.Token);

        Assert.Equal(cancellation.Token, generator.LastCancellationToken);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public async Task EmbedAsync_GeneratorReturnsOtherThanOneEmbedding_ThrowsInvalidOperationException(int count)
    {
        var vectors = Enumerable.Range(0, count).Select(_ => new[] { 1f, 0f }).ToArray();
        var embedder = new EmbeddingGeneratorPromptEmbedder(new FakeEmbeddingGenerator(vectors));

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => embedder.EmbedAsync("a cat").AsTask());

        Assert.Contains($"returned {count} embeddings", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmbedAsync_NullPrompt_ThrowsArgumentNullException()
    {
        var generator = new FakeEmbeddingGenerator([1f]);
        var embedder = new EmbeddingGeneratorPromptEmbedder(generator);

        var exception = await Assert.ThrowsAsync<ArgumentNullException>(() => embedder.EmbedAsync(null!).AsTask());

        Assert.Equal("prompt", exception.ParamName);
        Assert.Empty(generator.Calls);
    }

    [Fact]
    public void Constructor_NullGenerator_ThrowsArgumentNullException()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => new EmbeddingGeneratorPromptEmbedder(null!));

        Assert.Equal("generator", exception.ParamName);
    }
}
