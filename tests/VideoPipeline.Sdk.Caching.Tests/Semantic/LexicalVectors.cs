namespace VideoPipeline.Sdk.Caching.Tests.Semantic;

/// <summary>
/// Seeded vectors shaped like a lexical hashing embedder's: non-negative and sparse (term counts in hashed dimensions). Each
/// topic has a vocabulary of 40 dimensions; an entry counts 12 draws from its topic's vocabulary and 3 from anywhere. A query
/// is an entry with 3 of its draws replaced (a reworded prompt). Every vector lies in the positive orthant, where the raw
/// signs of the values say nothing: only random hyperplanes separate them.
/// </summary>
internal static class LexicalVectors
{
    public static (float[][] Entries, float[][] Queries) Create(int entries, int queries, int dimensions, int topics, int seed)
    {
        var random = new Random(seed);
        var vocabularies = new int[topics][];
        for (var t = 0; t < topics; t++)
        {
            vocabularies[t] = [.. Enumerable.Range(0, 40).Select(_ => random.Next(dimensions))];
        }

        var draws = new int[entries][];
        var result = new float[entries][];
        for (var i = 0; i < entries; i++)
        {
            var vocabulary = vocabularies[random.Next(topics)];
            draws[i] = [.. Enumerable.Range(0, 15).Select(k => k < 12 ? vocabulary[random.Next(vocabulary.Length)] : random.Next(dimensions))];
            result[i] = Counts(draws[i], dimensions);
        }

        var queryVectors = new float[queries][];
        for (var q = 0; q < queries; q++)
        {
            var reworded = (int[])draws[random.Next(entries)].Clone();
            for (var k = 0; k < 3; k++)
            {
                reworded[random.Next(reworded.Length)] = random.Next(dimensions);
            }

            queryVectors[q] = Counts(reworded, dimensions);
        }

        return (result, queryVectors);
    }

    private static float[] Counts(int[] draws, int dimensions)
    {
        var vector = new float[dimensions];
        foreach (var d in draws)
        {
            vector[d] += 1;
        }

        return vector;
    }
}
