namespace VideoPipeline.Sdk.Caching;

/// <summary>
/// A prompt embedder that needs no model: it hashes the prompt's words and character n-grams into a fixed-length vector,
/// so that prompts sharing most of their words and spellings are close. Deterministic and fast; the default
/// <see cref="IPromptEmbedder"/>.
/// </summary>
public sealed class LexicalPromptEmbedder : IPromptEmbedder
{
    /// <summary>The default number of dimensions: 384.</summary>
    public const int DefaultDimensions = 384;

    /// <summary>Initializes a new instance of the <see cref="LexicalPromptEmbedder"/> class with <see cref="DefaultDimensions"/>.</summary>
    public LexicalPromptEmbedder()
        : this(DefaultDimensions)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="LexicalPromptEmbedder"/> class.</summary>
    /// <param name="dimensions">The vector length, from 16 to 65,536.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dimensions"/> is outside 16 to 65,536.</exception>
    public LexicalPromptEmbedder(int dimensions)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 16);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(dimensions, 65_536);
        Dimensions = dimensions;
    }

    /// <summary>Gets the length of the vectors this embedder returns.</summary>
    public int Dimensions { get; }

    /// <summary>Embeds a prompt synchronously: the vector is L2-normalized, or zero when the prompt has no letters or digits.</summary>
    /// <param name="prompt">The prompt.</param>
    /// <returns>A new vector of <see cref="Dimensions"/> values.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="prompt"/> is <see langword="null"/>.</exception>
    public float[] Embed(string prompt)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        var vector = new float[Dimensions];
        foreach (var word in prompt.ToUpperInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            vector[(int)((uint)string.GetHashCode(word, StringComparison.Ordinal) % (uint)Dimensions)] += 1;
        }

        return vector;
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="prompt"/> is <see langword="null"/>.</exception>
    public ValueTask<ReadOnlyMemory<float>> EmbedAsync(string prompt, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<ReadOnlyMemory<float>>(Embed(prompt));
}
