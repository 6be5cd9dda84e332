namespace VideoPipeline.Sdk.Testing.Media;

/// <summary>
/// Derives independent, well-distributed 64-bit values from a seed (SplitMix64 finaliser), so every
/// generated parameter depends only on the seed and a fixed stream number.
/// </summary>
internal static class SeedMixer
{
    private const ulong GoldenGamma = 0x9E3779B97F4A7C15UL;

    /// <summary>Returns a pseudo-random 64-bit value for the given seed and stream number.</summary>
    /// <param name="seed">The seed.</param>
    /// <param name="stream">Distinguishes independent values derived from the same seed.</param>
    /// <returns>A deterministic, well-mixed value.</returns>
    public static ulong Mix(ulong seed, ulong stream)
    {
        var z = seed + ((stream + 1) * GoldenGamma);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Returns a deterministic integer in [<paramref name="minInclusive"/>, <paramref name="maxExclusive"/>).</summary>
    /// <param name="seed">The seed.</param>
    /// <param name="stream">Distinguishes independent values derived from the same seed.</param>
    /// <param name="minInclusive">The inclusive lower bound.</param>
    /// <param name="maxExclusive">The exclusive upper bound; greater than <paramref name="minInclusive"/>.</param>
    /// <returns>A value in the requested range.</returns>
    public static int NextInt(ulong seed, ulong stream, int minInclusive, int maxExclusive)
    {
        var range = (ulong)((long)maxExclusive - minInclusive);
        return (int)(minInclusive + (long)(Mix(seed, stream) % range));
    }
}
