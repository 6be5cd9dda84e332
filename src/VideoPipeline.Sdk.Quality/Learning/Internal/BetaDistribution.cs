namespace VideoPipeline.Sdk.Quality.Learning.Internal;

/// <summary>
/// Draws from Beta(α, β) as X / (X + Y) with X ~ Gamma(α) and Y ~ Gamma(β), each drawn with Marsaglia and Tsang's method
/// ("A simple method for generating gamma variables", 2000) and its boost U^(1/a) for shapes below 1. Normal draws use
/// Marsaglia's polar method. Allocates nothing; the caller owns the <see cref="Random"/> and its thread-safety.
/// </summary>
internal static class BetaDistribution
{
    /// <summary>Draws one value from Beta(<paramref name="alpha"/>, <paramref name="beta"/>).</summary>
    /// <param name="random">The source of uniform draws.</param>
    /// <param name="alpha">α, 0 or more; 0 is a point mass at 0 (when β is positive).</param>
    /// <param name="beta">β, 0 or more; 0 is a point mass at 1 (when α is positive).</param>
    /// <returns>A value from 0 to 1.</returns>
    public static double Sample(Random random, double alpha, double beta)
    {
        var x = SampleGamma(random, alpha);
        var y = SampleGamma(random, beta);
        var sum = x + y;
        if (sum > 0)
        {
            return x / sum;
        }

        // Both draws underflowed (shapes far below 1): the distribution is then almost all at 0 and 1, with P(1) = α / (α + β).
        return random.NextDouble() * (alpha + beta) < alpha ? 1 : 0;
    }

    /// <summary>Draws one value from Gamma(<paramref name="shape"/>, 1).</summary>
    /// <param name="random">The source of uniform draws.</param>
    /// <param name="shape">The shape, 0 or more; 0 gives 0.</param>
    /// <returns>A value of 0 or more.</returns>
    public static double SampleGamma(Random random, double shape)
    {
        if (shape <= 0)
        {
            return 0;
        }

        if (shape < 1)
        {
            // Gamma(a) = Gamma(a + 1) · U^(1/a).
            return SampleGamma(random, shape + 1) * Math.Pow(NextOpenUnit(random), 1 / shape);
        }

        var d = shape - (1.0 / 3);
        var c = 1 / Math.Sqrt(9 * d);
        while (true)
        {
            double x;
            double v;
            do
            {
                x = NextStandardNormal(random);
                v = 1 + (c * x);
            }
            while (v <= 0);

            v = v * v * v;
            var u = NextOpenUnit(random);
            var xSquared = x * x;
            if (u < 1 - (0.0331 * xSquared * xSquared) || Math.Log(u) < (0.5 * xSquared) + (d * (1 - v + Math.Log(v))))
            {
                return d * v;
            }
        }
    }

    private static double NextStandardNormal(Random random)
    {
        // Marsaglia's polar method; the second value of the pair is dropped to keep the method free of state.
        while (true)
        {
            var u = (2 * random.NextDouble()) - 1;
            var v = (2 * random.NextDouble()) - 1;
            var s = (u * u) + (v * v);
            if (s is > 0 and < 1)
            {
                return u * Math.Sqrt(-2 * Math.Log(s) / s);
            }
        }
    }

    /// <summary>A uniform draw in (0, 1): <see cref="Random.NextDouble"/> can return 0, whose logarithm is −∞.</summary>
    private static double NextOpenUnit(Random random) => 1 - random.NextDouble();
}
