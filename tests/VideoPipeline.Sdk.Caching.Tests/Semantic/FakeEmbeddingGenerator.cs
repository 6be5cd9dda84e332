using Microsoft.Extensions.AI;

namespace VideoPipeline.Sdk.Caching.Tests.Semantic;

/// <summary>An embedding generator that returns a fixed list of vectors and records what it was asked.</summary>
internal sealed class FakeEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    private readonly float[][] _vectors;

    public FakeEmbeddingGenerator(params float[][] vectors) => _vectors = vectors;

    public List<string[]> Calls { get; } = [];

    public CancellationToken LastCancellationToken { get; private set; }

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values,
        EmbeddingGenerationOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        Calls.Add([.. values]);
        LastCancellationToken = cancellationToken;
        return Task.FromResult(new GeneratedEmbeddings<Embedding<float>>(_vectors.Select(vector => new Embedding<float>(vector))));
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
