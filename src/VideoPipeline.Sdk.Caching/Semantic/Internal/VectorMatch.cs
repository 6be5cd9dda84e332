namespace VideoPipeline.Sdk.Caching.Semantic.Internal;

/// <summary>A match of a <see cref="VectorIndex"/> search: the id of a stored vector and its exact cosine similarity to the query.</summary>
/// <param name="Id">The id the vector was added with.</param>
/// <param name="Similarity">The cosine similarity to the query, from -1 to 1, computed in float32 on the stored vector.</param>
internal readonly record struct VectorMatch(long Id, float Similarity);
