using VideoPipeline.Sdk.Quality.Learning.Internal;

namespace VideoPipeline.Sdk.Quality.Tests.Learning;

public sealed class BetaDistributionTests
{
    private const int Draws = 40_000;

    [Theory]
    [InlineData(1.0, 1.0)]
    [InlineData(2.0, 5.0)]
    [InlineData(0.3, 0.7)]
    [InlineData(0.9, 1.1)]
    [InlineData(50.0, 150.0)]
    public void Sample_MeanAndVariance_MatchBeta(double alpha, double beta)
    {
        var random = new Random(20);
        var draws = Enumerable.Range(0, Draws).Select(_ => BetaDistribution.Sample(random, alpha, beta)).ToArray();
        var (mean, variance) = Moments(draws);
        var expectedMean = alpha / (alpha + beta);
        var expectedVariance = alpha * beta / ((alpha + beta) * (alpha + beta) * (alpha + beta + 1));

        // The standard error of the mean is at most √(0.25 / 40,000) = 0.0025; 0.01 is four of them.
        Assert.All(draws, draw => Assert.InRange(draw, 0, 1));
        Assert.Equal(expectedMean, mean, 0.01);
        Assert.InRange(variance / expectedVariance, 0.95, 1.05);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(1.0)]
    [InlineData(3.7)]
    [InlineData(100.0)]
    public void SampleGamma_MeanAndVariance_AreTheShape(double shape)
    {
        var random = new Random(21);
        var (mean, variance) = Moments([.. Enumerable.Range(0, Draws).Select(_ => BetaDistribution.SampleGamma(random, shape))]);

        Assert.InRange(mean / shape, 0.98, 1.02);
        Assert.InRange(variance / shape, 0.95, 1.05);
    }

    [Fact]
    public void Sample_ZeroAlphaIsZero_ZeroBetaIsOne()
    {
        var random = new Random(22);

        Assert.All(Enumerable.Range(0, 100), _ => Assert.Equal(0, BetaDistribution.Sample(random, 0, 2)));
        Assert.All(Enumerable.Range(0, 100), _ => Assert.Equal(1, BetaDistribution.Sample(random, 2, 0)));
    }

    [Fact]
    public void Sample_TinyShapes_GiveZerosAndOnesInProportion()
    {
        // Gamma(1e-4) underflows to 0 nearly always, so the draw falls back to P(1) = α / (α + β).
        var random = new Random(23);
        var draws = Enumerable.Range(0, Draws).Select(_ => BetaDistribution.Sample(random, 1e-4, 3e-4)).ToArray();

        Assert.All(draws, draw => Assert.InRange(draw, 0, 1));
        Assert.Equal(0.25, draws.Average(), 0.02);
    }

    private static (double Mean, double Variance) Moments(double[] draws)
    {
        var mean = draws.Average();
        var variance = draws.Sum(draw => (draw - mean) * (draw - mean)) / (draws.Length - 1);
        return (mean, variance);
    }
}
