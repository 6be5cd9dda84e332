using System.Numerics.Tensors;

namespace VideoPipeline.Sdk.Caching.Tests.Semantic;

/// <summary>
/// Seeded synthetic embeddings shaped like a prompt cache's: entries gather in clusters (topics) of different spreads, and
/// many are close variants of an earlier entry (the same prompt reworded), so a query's nearest neighbour often has a
/// runner-up a few hundredths behind it. All vectors are L2-normalized. A copy of the benchmarks' generator of the same
/// name, so that the recall the tests assert is measured on the data the benchmark reports.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Noise <c>g</c> has independent N(0, 1/d) values, so |g| ≈ 1 and g is nearly orthogonal to any fixed vector.</item>
/// <item><c>clusters</c> centres are normalized Gaussian vectors; each cluster draws a spread <c>a</c> in [0.4, 1.0].</item>
/// <item>
/// An entry is, with probability 0.5 (after the first), a variant of a random earlier entry e: normalize(e + b·g) with b in
/// [0.1, 0.5] (similarity 0.89 to 0.995 to e); otherwise normalize(centre + a·g) (similarity 0.71 to 0.93 to its centre,
/// 0.5 to 0.86 between two entries of the cluster).
/// </item>
/// <item>
/// A near query is normalize(e + b·g) for a random entry e, with b chosen for a similarity to e uniform in [0.85, 0.95]:
/// a reworded prompt. Its nearest neighbour is e or one of e's variants.
/// </item>
/// <item>A random query is a normalized Gaussian vector: far from every entry (best similarity about 0.2 to 0.3).</item>
/// </list>
/// </remarks>
internal static class ClusteredVectors
{
    public static float[][] Entries(int count, int dimensions, int clusters, int seed)
    {
        var random = new Random(seed);
        var centres = new float[clusters][];
        var spreads = new float[clusters];
        for (var c = 0; c < clusters; c++)
        {
            centres[c] = Gaussian(random, dimensions, 1f);
            TensorPrimitives.Divide(centres[c], TensorPrimitives.Norm(centres[c]), centres[c]);
            spreads[c] = 0.4f + (0.6f * random.NextSingle());
        }

        var entries = new float[count][];
        for (var i = 0; i < count; i++)
        {
            if (i > 0 && random.NextDouble() < 0.5)
            {
                entries[i] = Perturb(random, entries[random.Next(i)], 0.1f + (0.4f * random.NextSingle()));
            }
            else
            {
                var c = random.Next(clusters);
                entries[i] = Perturb(random, centres[c], spreads[c]);
            }
        }

        return entries;
    }

    public static float[][] NearQueries(float[][] entries, int count, int seed)
    {
        var random = new Random(seed);
        var queries = new float[count][];
        for (var i = 0; i < count; i++)
        {
            // A similarity s to the entry needs noise of norm b = sqrt(1 / s² - 1).
            var similarity = 0.85 + (0.10 * random.NextDouble());
            queries[i] = Perturb(random, entries[random.Next(entries.Length)], (float)Math.Sqrt((1 / (similarity * similarity)) - 1));
        }

        return queries;
    }

    public static float[][] RandomQueries(int count, int dimensions, int seed)
    {
        var random = new Random(seed);
        var queries = new float[count][];
        for (var i = 0; i < count; i++)
        {
            queries[i] = Gaussian(random, dimensions, 1f);
            TensorPrimitives.Divide(queries[i], TensorPrimitives.Norm(queries[i]), queries[i]);
        }

        return queries;
    }

    /// <summary>The index of the row of <paramref name="rows"/> (row-major, normalized) with the largest dot product with the query.</summary>
    public static int ScanBest(float[] rows, int dimensions, ReadOnlySpan<float> query, out float similarity)
    {
        var best = -1;
        var bestSimilarity = float.NegativeInfinity;
        var span = rows.AsSpan();
        for (int row = 0, offset = 0; offset < span.Length; row++, offset += dimensions)
        {
            var dot = TensorPrimitives.Dot(span.Slice(offset, dimensions), query);
            if (dot > bestSimilarity)
            {
                bestSimilarity = dot;
                best = row;
            }
        }

        similarity = bestSimilarity;
        return best;
    }

    private static float[] Perturb(Random random, float[] vector, float noise)
    {
        var result = Gaussian(random, vector.Length, noise);
        TensorPrimitives.Add(result, vector, result);
        TensorPrimitives.Divide(result, TensorPrimitives.Norm(result), result);
        return result;
    }

    private static float[] Gaussian(Random random, int dimensions, float norm)
    {
        var scale = norm / MathF.Sqrt(dimensions);
        var vector = new float[dimensions];
        for (var i = 0; i < dimensions; i++)
        {
            // Box-Muller; 1 - NextDouble() is in (0, 1].
            vector[i] = scale * (float)(Math.Sqrt(-2.0 * Math.Log(1.0 - random.NextDouble())) * Math.Cos(2.0 * Math.PI * random.NextDouble()));
        }

        return vector;
    }
}
