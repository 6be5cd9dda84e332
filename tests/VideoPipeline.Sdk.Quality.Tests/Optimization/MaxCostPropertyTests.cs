using CsCheck;
using VideoPipeline.Sdk.Quality.Tests.Planning;

namespace VideoPipeline.Sdk.Quality.Tests.Optimization;

/// <summary>The optimizer's promise on money: it never returns a plan whose maximum cost is above MaxCost.</summary>
public sealed class MaxCostPropertyTests
{
    private const double Cheapest = 0.01;
    private const double Dearest = 200;

    [Theory]
    [MemberData(nameof(OptimizerTestData.ScriptNames), MemberType = typeof(OptimizerTestData))]
    public async Task MaxCostFromOneCentToTwoHundredDollars_IsNeverExceeded_AndNothingFitsOnlyWhenEveryPlanIsDearer(string name)
    {
        using var services = TestCatalog.Services();
        var optimizer = services.Optimizer();
        var script = OptimizerTestData.Script(name);
        const int Steps = 80;
        var feasibleSeen = false;
        for (var step = 0; step <= Steps; step++)
        {
            var maxCost = Money.FromUsd(Math.Round((decimal)(Cheapest * Math.Pow(Dearest / Cheapest, step / (double)Steps)), 4));
            var recommendation = await optimizer.OptimizeForContentAsync(script, ContentType.Unknown, new QualityConstraints { MaxCost = maxCost });

            AssertKeepsTo(maxCost, recommendation);

            // With MaxCost the only constraint, a profile fits exactly when its plan's maximum cost is within it.
            Assert.All(recommendation.Alternatives, alternative => Assert.Equal(alternative.Estimate.Maximum <= maxCost, alternative.Fits));
            Assert.Equal(recommendation.Alternatives.Any(alternative => alternative.Fits), recommendation.IsFeasible);

            // More money never makes a script unaffordable.
            Assert.True(recommendation.IsFeasible || !feasibleSeen, $"Feasible below {maxCost}, infeasible at {maxCost}.");
            feasibleSeen |= recommendation.IsFeasible;
        }

        Assert.True(feasibleSeen, $"Nothing fit {name} even at ${Dearest}.");
    }

    [Fact]
    public async Task AnyConstraintsWithMaxCost_NeverGiveAPlanAboveIt()
    {
        using var services = TestCatalog.Services(options => options.LearnerSeed = 99);
        var optimizer = services.Optimizer();
        var now = TestCatalog.Clock().GetUtcNow();
        var scripts = OptimizerTestData.AllScriptNames.Select(OptimizerTestData.Script).ToArray();
        var generator =
            from script in Gen.Int[0, scripts.Length - 1]
            from logCost in Gen.Double[Math.Log(Cheapest), Math.Log(Dearest)]
            from tiers in Gen.Select(Gen.Enum<QualityLevel>().Nullable(0.5), Gen.Enum<QualityLevel>().Nullable(0.5))
            from importance in Gen.Enum<ContentImportance>()
            from audience in Gen.Enum<TargetAudience>()
            from deadlineMinutes in Gen.Int[-10, 60].Nullable(0.7)
            select (script, new QualityConstraints
            {
                MaxCost = Money.FromUsd(Math.Round((decimal)Math.Exp(logCost), 4)),
                MinimumTier = tiers.Item1 > tiers.Item2 ? tiers.Item2 : tiers.Item1,
                BudgetTier = tiers.Item1 > tiers.Item2 ? tiers.Item1 : tiers.Item2,
                Importance = importance,
                Audience = audience,
                Deadline = deadlineMinutes is { } minutes ? now.AddMinutes(minutes) : null,
            });

        await generator.SampleAsync(
            async (script, constraints) =>
            {
                var recommendation = await optimizer.OptimizeForContentAsync(scripts[script], ContentType.Unknown, constraints);
                AssertKeepsTo(constraints.MaxCost!.Value, recommendation);
                if (recommendation.Level is { } level)
                {
                    Assert.InRange(level, constraints.MinimumTier ?? QualityLevel.Economy, constraints.BudgetTier ?? QualityLevel.Ultra);
                    Assert.True(constraints.Deadline is null || now + recommendation.Plan!.EstimatedGenerationTime <= constraints.Deadline);
                }
            },
            iter: 400,
            seed: "0N0XIzNsQ0O2",
            threads: 1);
    }

    private static void AssertKeepsTo(Money maxCost, QualityRecommendation recommendation)
    {
        if (recommendation.IsFeasible)
        {
            var estimate = recommendation.Estimate!;
            Assert.True(estimate.IsKnown);
            Assert.True(estimate.Maximum <= maxCost, $"{recommendation.Level} costs up to {estimate.Maximum}; MaxCost is {maxCost}.");
            Assert.Same(estimate.Plan, recommendation.Plan);
            Assert.True(recommendation.Alternative(recommendation.Level!.Value).Fits);
            Assert.NotNull(recommendation.RunId);
        }
        else
        {
            Assert.Null(recommendation.Plan);
            Assert.Null(recommendation.Estimate);
            Assert.Null(recommendation.RunId);
            Assert.Null(recommendation.Level);
            Assert.StartsWith("No profile fits the constraints.", recommendation.Rationale, StringComparison.Ordinal);
            Assert.All(recommendation.Alternatives, alternative => Assert.False(alternative.Fits));
            Assert.All(recommendation.Alternatives, alternative => Assert.False(string.IsNullOrEmpty(alternative.Rejection)));
        }
    }
}
