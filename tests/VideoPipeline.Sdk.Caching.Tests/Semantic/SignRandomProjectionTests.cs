using VideoPipeline.Sdk.Caching.Semantic.Internal;

namespace VideoPipeline.Sdk.Caching.Tests.Semantic;

public sealed class SignRandomProjectionTests
{
    [Theory]
    [InlineData(1, 128)]
    [InlineData(16, 128)]
    [InlineData(384, 384)]
    [InlineData(385, 448)]
    [InlineData(3072, 512)]
    public void BitsFor_RoundsDimensionsUpTo64_Within128To512(int dimensions, int bits)
    {
        Assert.Equal(bits, SignRandomProjection.BitsFor(dimensions));
    }

    [Theory]
    [InlineData(7)]
    [InlineData(384)]
    [InlineData(1000)]
    public void Encode_NegatedVectorFlipsEveryBit_ScaledVectorKeepsThem(int dimensions)
    {
        var projection = new SignRandomProjection(dimensions, seed: 1);
        var vector = RandomVector(new Random(2), dimensions);
        var code = Encode(projection, vector);

        Assert.Equal(code, Encode(projection, [.. vector.Select(x => x * 1000)]));
        Assert.Equal(projection.Bits, Distance(projection, code, Encode(projection, [.. vector.Select(x => -x)])));
    }

    [Theory]
    [InlineData(0.3)]
    [InlineData(0.8)]
    [InlineData(1.4)]
    public void Distance_EstimatesTheAngle(double angle)
    {
        // Each bit differs with probability angle / π: the mean over many pairs is close to it.
        const int Dimensions = 384;
        var projection = new SignRandomProjection(Dimensions, seed: 3);
        var random = new Random(4);
        var total = 0.0;
        for (var pair = 0; pair < 50; pair++)
        {
            var a = Unit(RandomVector(random, Dimensions));
            var orthogonal = RandomVector(random, Dimensions);
            var along = orthogonal.Zip(a).Sum(x => x.First * x.Second);
            var b = Unit([.. orthogonal.Select((x, i) => x - (along * a[i]))]);
            float[] rotated = [.. a.Select((x, i) => (float)((Math.Cos(angle) * x) + (Math.Sin(angle) * b[i])))];
            total += Distance(projection, Encode(projection, a), Encode(projection, rotated));
        }

        Assert.Equal(angle / Math.PI, total / 50 / projection.Bits, 0.02);
    }

    [Fact]
    public void DistanceBound_FallsAsTheSimilarityRises()
    {
        var projection = new SignRandomProjection(384, seed: 5);

        Assert.Equal(projection.Bits, projection.DistanceBound(-1f));
        Assert.Equal(1, projection.DistanceBound(1f));
        var bounds = new[] { -0.5f, 0f, 0.5f, 0.8f, 0.9f, 0.95f, 0.99f }.Select(projection.DistanceBound).ToArray();
        Assert.Equal(bounds.OrderDescending(), bounds);

        // Similarity 0.9: expected distance 384 × acos(0.9) / π = 55.1, plus three standard deviations (6.9 each).
        Assert.Equal(76, projection.DistanceBound(0.9f));
    }

    private static ulong[] Encode(SignRandomProjection projection, float[] vector)
    {
        var code = new ulong[projection.Words];
        projection.Encode(vector, code);
        return code;
    }

    private static int Distance(SignRandomProjection projection, ulong[] a, ulong[] b)
    {
        var distances = new ushort[1];
        projection.Distances(a, 1, b, distances, new int[projection.Bits + 1]);
        return distances[0];
    }

    private static float[] RandomVector(Random random, int dimensions) =>
        [.. Enumerable.Range(0, dimensions).Select(_ => (random.NextSingle() * 2) - 1)];

    private static float[] Unit(float[] vector)
    {
        var norm = MathF.Sqrt(vector.Sum(x => x * x));
        return [.. vector.Select(x => x / norm)];
    }
}
