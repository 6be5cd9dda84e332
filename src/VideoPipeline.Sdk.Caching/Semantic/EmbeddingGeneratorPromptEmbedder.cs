using Microsoft.Extensions.AI;

namespace VideoPipeline.Sdk.Caching;

/// <summary>
/// Adapts a <c>Microsoft.Extensions.AI</c> embedding generator (OpenAI, Azure OpenAI, Ollama, ONNX…) to
/// <see cref="IPromptEmbedder"/>. Register it in place of the built-in lexical embedder:
/// <c>services.AddSingleton&lt;IPromptEmbedder, EmbeddingGeneratorPromptEmbedder&gt;()</c>, and calibrate
/// <see cref="PromptCacheOptions.SimilarityThreshold"/> for the model.
/// </summary>
public sealed class EmbeddingGeneratorPromptEmbedder : IPromptEmbedder
{
    private readonly IEmbeddingGenerator<string, Embedding<float>> _generator;

    /// <summary>Initializes a new instance of the <see cref="EmbeddingGeneratorPromptEmbedder"/> class.</summary>
    /// <param name="generator">The embedding generator.</param>
    /// <exception cref="ArgumentNullException"><paramref name="generator"/> is <see langword="null"/>.</exception>
    public EmbeddingGeneratorPromptEmbedder(IEmbeddingGenerator<string, Embedding<float>> generator)
    {
        ArgumentNullException.ThrowIfNull(generator);
        _generator = generator;
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="prompt"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The generator returned no embedding for the prompt.</exception>
    public async ValueTask<ReadOnlyMemory<float>> EmbedAsync(string prompt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        var embeddings = await _generator.GenerateAsync([prompt], options: null, cancellationToken).ConfigureAwait(false);
        if (embeddings.Count != 1)
        {
            throw new InvalidOperationException($"The embedding generator returned {embeddings.Count} embeddings for one prompt; expected exactly one.");
        }

        return embeddings[0].Vector;
    }
}
