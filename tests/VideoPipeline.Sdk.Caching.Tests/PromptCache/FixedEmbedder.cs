namespace VideoPipeline.Sdk.Caching.Tests.PromptCache;

/// <summary>An embedder whose vectors the test chooses, so that similarities are exact; unknown prompts get a unique axis.</summary>
internal sealed class FixedEmbedder : IPromptEmbedder
{
    private readonly Dictionary<string, float[]> _vectors = new(StringComparer.Ordinal);
    private int _nextAxis = 8;

    public int Calls { get; private set; }

    public FixedEmbedder With(string prompt, params float[] vector)
    {
        _vectors[prompt] = vector;
        return this;
    }

    public ValueTask<ReadOnlyMemory<float>> EmbedAsync(string prompt, CancellationToken cancellationToken = default)
    {
        lock (_vectors)
        {
            Calls++;
            if (!_vectors.TryGetValue(prompt, out var vector))
            {
                vector = new float[64];
                vector[_nextAxis++ % 64] = 1;
                _vectors[prompt] = vector;
            }

            var padded = new float[64];
            vector.CopyTo(padded, 0);
            return ValueTask.FromResult<ReadOnlyMemory<float>>(padded);
        }
    }
}
