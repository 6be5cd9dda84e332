using System.Numerics.Tensors;
using VideoPipeline.Sdk.Caching.Semantic.Internal;

namespace VideoPipeline.Sdk.Caching;

/// <summary>
/// A prompt embedder that needs no model: it hashes the prompt's words and character n-grams into a fixed-length vector,
/// so that prompts sharing most of their words and spellings are close. Deterministic and fast; the default
/// <see cref="IPromptEmbedder"/>.
/// </summary>
/// <remarks>
/// <para>
/// Words are case-folded, stripped of accents and punctuation, mapped to one spelling where British and American spellings
/// or common synonyms of prompt vocabulary differ ("colour"/"color", "couch"/"sofa", "photo"/"image"), and stemmed lightly
/// (plurals, <c>-ing</c>, <c>-ed</c>, <c>-ly</c>). The features are the words (function words such as "a" and "of" and
/// request boilerplate such as "please" and "generate" weigh little), pairs of neighbouring content words within a phrase,
/// hyphenated words joined, and the character trigrams of each content word. Each feature is hashed with XXH3 into one of
/// <see cref="Dimensions"/> buckets with a hash-derived sign; repeated features grow with the logarithm of their count; the
/// vector is L2-normalized.
/// </para>
/// <para>
/// The vectors do not depend on the process, the machine or the .NET version, so they can be stored. The embedder holds no
/// mutable state and is safe to use from many threads. A lexical embedder cannot tell that two prompts with different words
/// mean the same, nor that one changed word changes the meaning; the prompt cache therefore refuses a semantic match whose
/// prompts differ in a number, a negation, a colour, a direction or a named entity, whatever their similarity.
/// </para>
/// </remarks>
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
        if (LexicalFeatures.Accumulate(prompt, vector))
        {
            var norm = TensorPrimitives.Norm<float>(vector);
            if (norm > 0f)
            {
                TensorPrimitives.Divide(vector, norm, vector);
            }
        }

        return vector;
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="prompt"/> is <see langword="null"/>.</exception>
    public ValueTask<ReadOnlyMemory<float>> EmbedAsync(string prompt, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<ReadOnlyMemory<float>>(Embed(prompt));
}
