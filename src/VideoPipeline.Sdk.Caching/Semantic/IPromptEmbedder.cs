namespace VideoPipeline.Sdk.Caching;

/// <summary>
/// Turns a prompt into a vector whose cosine similarity to another prompt's vector measures how close their meanings are.
/// The prompt cache uses it for semantic matching. The built-in <see cref="LexicalPromptEmbedder"/> needs no model;
/// <see cref="EmbeddingGeneratorPromptEmbedder"/> adapts any <c>Microsoft.Extensions.AI</c> embedding generator.
/// </summary>
public interface IPromptEmbedder
{
    /// <summary>Embeds a prompt. Every call of one embedder returns vectors of the same length.</summary>
    /// <param name="prompt">The prompt, already NFC-normalized.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The vector; it need not be normalized. A zero vector means "matches nothing".</returns>
    ValueTask<ReadOnlyMemory<float>> EmbedAsync(string prompt, CancellationToken cancellationToken = default);
}
