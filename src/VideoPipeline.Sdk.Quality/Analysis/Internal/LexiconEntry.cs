namespace VideoPipeline.Sdk.Quality.Analysis.Internal;

/// <summary>One word of the merged lexicon.</summary>
/// <param name="Traits">What the word is.</param>
/// <param name="VisualId">For a visual word, a dense number shared by its forms (<c>tower</c>, <c>towers</c>), to count
/// distinct visual subjects; otherwise -1.</param>
/// <param name="TypeWeights">The word's evidence for each <see cref="ContentType"/>, indexed by the enum's value; null when
/// it is evidence for none.</param>
internal readonly record struct LexiconEntry(WordTraits Traits, int VisualId, float[]? TypeWeights);
