namespace VideoPipeline.Sdk.Caching.Tests.PromptCache;

public sealed class SemanticMatchingTests
{
    private const string Cached = "a red fox in the snow";
    private const string Paraphrase = "a red fox in snow";

    private static FixedEmbedder Embedder() => new FixedEmbedder()
        .With(Cached, 1, 0, 0)
        .With(Paraphrase, 0.95f, 0.31f, 0)
        .With("a red fox far away", 0.6f, 0.8f, 0);

    [Fact]
    public async Task GetOrGenerate_ParaphraseAboveThreshold_IsSemanticHit()
    {
        using var host = new CacheHost(embedder: Embedder());
        var factory = new CountingFactory();
        await host.Cache.GetOrGenerateAsync(Requests.Image(Cached), factory.Invoke);

        var result = await host.Cache.GetOrGenerateAsync(Requests.Image(Paraphrase), factory.Invoke);

        Assert.Equal(PromptCacheOutcome.SemanticHit, result.Outcome);
        Assert.InRange(result.Similarity, 0.94, 0.96);
        Assert.Equal("content of " + Cached, await Requests.ReadTextAsync(result.GenerationResult));
        Assert.Equal(1, factory.Calls);
        Assert.Equal(1, host.Cache.GetStatistics().SemanticHits);
    }

    [Fact]
    public async Task GetOrGenerate_SimilarityBelowThreshold_IsMiss()
    {
        using var host = new CacheHost(embedder: Embedder());
        var factory = new CountingFactory();
        await host.Cache.GetOrGenerateAsync(Requests.Image(Cached), factory.Invoke);

        var result = await host.Cache.GetOrGenerateAsync(Requests.Image("a red fox far away"), factory.Invoke);

        Assert.Equal(PromptCacheOutcome.Generated, result.Outcome);
        Assert.Equal(2, factory.Calls);
    }

    [Theory]
    [InlineData("seed")]
    [InlineData("model")]
    [InlineData("size")]
    [InlineData("parameter")]
    public async Task GetOrGenerate_OtherFieldDiffers_NeverMatchesSemantically(string field)
    {
        using var host = new CacheHost(embedder: Embedder());
        var factory = new CountingFactory();
        var cached = Requests.Image(Cached);
        await host.Cache.GetOrGenerateAsync(cached, factory.Invoke);
        var paraphrase = Requests.Image(Paraphrase);
        var other = field switch
        {
            "seed" => paraphrase with { Seed = 9 },
            "model" => paraphrase with { Model = "image-2" },
            "size" => paraphrase with { Width = 1024 },
            _ => paraphrase.WithParameter("style", "watercolour"),
        };

        var result = await host.Cache.GetOrGenerateAsync(other, factory.Invoke);

        Assert.Equal(PromptCacheOutcome.Generated, result.Outcome);
    }

    [Fact]
    public async Task GetOrGenerate_CandidateDiffersInANumber_IsRefusedAndCounted()
    {
        var embedder = new FixedEmbedder().With("three red foxes in the snow", 1, 0).With("four red foxes in the snow", 1, 0);
        using var host = new CacheHost(embedder: embedder);
        var factory = new CountingFactory();
        await host.Cache.GetOrGenerateAsync(Requests.Image("three red foxes in the snow"), factory.Invoke);

        var result = await host.Cache.GetOrGenerateAsync(Requests.Image("four red foxes in the snow"), factory.Invoke);

        Assert.Equal(PromptCacheOutcome.Generated, result.Outcome);
        Assert.Equal("content of four red foxes in the snow", await Requests.ReadTextAsync(result.GenerationResult));
        Assert.Equal(1, host.Cache.GetStatistics().SemanticRefusals);
    }

    [Fact]
    public async Task GetOrGenerate_AllowSemanticMatchOff_IsMiss()
    {
        using var host = new CacheHost(embedder: Embedder());
        var factory = new CountingFactory();
        await host.Cache.GetOrGenerateAsync(Requests.Image(Cached), factory.Invoke);

        var result = await host.Cache.GetOrGenerateAsync(Requests.Image(Paraphrase), factory.Invoke, new PromptCacheEntryOptions { AllowSemanticMatch = false });

        Assert.Equal(PromptCacheOutcome.Generated, result.Outcome);
    }

    [Fact]
    public async Task GetOrGenerate_SemanticMatchingOff_NeverEmbeds()
    {
        var embedder = Embedder();
        using var host = new CacheHost(o => o.SemanticMatching = false, embedder);
        var factory = new CountingFactory();
        await host.Cache.GetOrGenerateAsync(Requests.Image(Cached), factory.Invoke);

        var result = await host.Cache.GetOrGenerateAsync(Requests.Image(Paraphrase), factory.Invoke);

        Assert.Equal(PromptCacheOutcome.Generated, result.Outcome);
        Assert.Equal(0, embedder.Calls);
    }

    [Fact]
    public async Task GetOrGenerate_HigherPerCallMinSimilarity_RefusesTheParaphrase()
    {
        using var host = new CacheHost(embedder: Embedder());
        var factory = new CountingFactory();
        await host.Cache.GetOrGenerateAsync(Requests.Image(Cached), factory.Invoke);

        var result = await host.Cache.GetOrGenerateAsync(Requests.Image(Paraphrase), factory.Invoke, new PromptCacheEntryOptions { MinSimilarity = 0.99 });

        Assert.Equal(PromptCacheOutcome.Generated, result.Outcome);
    }

    [Fact]
    public async Task TryGet_WithMinSimilarity_FindsTheParaphraseOrNothing()
    {
        using var host = new CacheHost(embedder: Embedder());
        await host.Cache.SetAsync(Requests.Image(Cached), Requests.ResultFor(Requests.Image(Cached)));

        var hit = await host.Cache.TryGetAsync(Requests.Image(Paraphrase), 0.9);
        var miss = await host.Cache.TryGetAsync(Requests.Image(Paraphrase), 0.99);

        Assert.Equal(PromptCacheOutcome.SemanticHit, hit!.Value.Outcome);
        Assert.Null(miss);
    }

    [Fact]
    public async Task GetOrGenerate_EmbedderThrows_FallsBackToExactMatching()
    {
        using var host = new CacheHost(embedder: new ThrowingEmbedder());
        var factory = new CountingFactory();

        await host.Cache.GetOrGenerateAsync(Requests.Image(Cached), factory.Invoke);
        var again = await host.Cache.GetOrGenerateAsync(Requests.Image(Cached), factory.Invoke);

        Assert.Equal(PromptCacheOutcome.ExactHit, again.Outcome);
        Assert.Equal(1, factory.Calls);
    }

    [Fact]
    public async Task GetOrGenerate_WithBuiltInEmbedder_MatchesACaseAndPunctuationVariant()
    {
        using var host = new CacheHost();
        var factory = new CountingFactory();
        await host.Cache.GetOrGenerateAsync(Requests.Image("A quiet harbour at dawn with fishing boats"), factory.Invoke);

        var variant = await host.Cache.GetOrGenerateAsync(Requests.Image("a quiet harbour at dawn, with fishing boats."), factory.Invoke);
        var different = await host.Cache.GetOrGenerateAsync(Requests.Image("a busy airport at noon with jets"), factory.Invoke);

        Assert.Equal(PromptCacheOutcome.SemanticHit, variant.Outcome);
        Assert.Equal(PromptCacheOutcome.Generated, different.Outcome);
    }

    private sealed class ThrowingEmbedder : IPromptEmbedder
    {
        public ValueTask<ReadOnlyMemory<float>> EmbedAsync(string prompt, CancellationToken cancellationToken = default) =>
            throw new HttpRequestException("embedding service unavailable");
    }
}
