using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using VideoPipeline.Sdk.Quality.Planning.Internal;
using VideoPipeline.Sdk.Quality.Tests.Analysis;
using VideoPipeline.Sdk.Quality.Tests.Planning;
using VideoPipeline.Sdk.Testing;

namespace VideoPipeline.Sdk.Quality.Tests.Estimation;

/// <summary>
/// Runs plans against the synthetic provider, priced per step exactly as the catalog prices the step's route, and compares
/// what the provider bills with what the estimate expected.
/// </summary>
public sealed class SyntheticProviderAgreementTests
{
    public static TheoryData<string, QualityLevel> ScriptsAndLevels()
    {
        var data = new TheoryData<string, QualityLevel>();
        foreach (var script in new[] { "narrative", "educational", "marketing", "social", "corporate", "news" })
        {
            foreach (var level in Enum.GetValues<QualityLevel>())
            {
                data.Add(script, level);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ScriptsAndLevels))]
    public async Task EstimateFromTheAnalysis_IsWithinFivePercent_OfWhatTheProviderBills(string name, QualityLevel level)
    {
        using var services = TestCatalog.Services();
        var script = Analyzers.ReadScript(name);
        var estimate = await services.GetRequiredService<ICostEstimator>()
            .EstimateAsync(services.GetRequiredService<IContentAnalyzer>().Analyze(script), level);

        // The estimate knew only the analysis; the run narrates each scene's real text.
        var sceneTexts = new ScriptSegmenter(new QualityOptions()).Split(script);
        Assert.Equal(estimate.Plan.Scenes.Count, sceneTexts.Count);
        var billed = await RunAsync(estimate.Plan, sceneTexts);

        Assert.True(estimate.IsKnown);
        Assert.True(estimate.Expected > Money.Zero);
        Assert.InRange(billed.Usd, estimate.Expected.Usd * 0.95m, estimate.Expected.Usd * 1.05m);
    }

    [Theory]
    [MemberData(nameof(ScriptsAndLevels))]
    public async Task EstimateOfAnAdaptivePlanSceneByScene_IsWhatTheProviderBills(string name, QualityLevel level)
    {
        using var services = TestCatalog.Services();
        var script = Analyzers.ReadScript(name);
        var segmenter = new ScriptSegmenter(new QualityOptions());
        var plan = services.GetRequiredService<ProductionPlanner>()
            .Plan(services.GetRequiredService<QualityProfiles>().Get(level), segmenter.SplitIntoScenes(script), adaptive: true);
        var estimate = await services.GetRequiredService<ICostEstimator>().EstimateAsync(plan);

        var billed = await RunAsync(plan, segmenter.Split(script));

        // Every billed unit is known exactly: images, clip seconds, tracks, and the characters of each scene's text.
        Assert.True(estimate.Expected > Money.Zero);
        Assert.Equal(estimate.Expected, billed);
    }

    /// <summary>
    /// Sends every call of every step to a synthetic provider named like the step's route and priced with its price at the
    /// step's resolution and audio choice; returns the providers' total cost. Narration speaks the scene's text; other
    /// prompts name the step and the call.
    /// </summary>
    private static async Task<Money> RunAsync(ProductionPlan plan, IReadOnlyList<string> sceneTexts)
    {
        var clock = TestCatalog.Clock();
        var billed = Money.Zero;
        foreach (var step in plan.Steps)
        {
            var provider = new SyntheticGenerationProvider(
                new SyntheticProviderOptions
                {
                    Name = step.Route.Provider,
                    Pricing = step.Route.Price!.ToProviderPricing(step.Resolution, step.WithAudio),
                },
                clock);
            for (var call = 0; call < step.Calls; call++)
            {
                var prompt = step.Kind == MediaKind.Speech
                    ? sceneTexts[step.SceneIndex!.Value]
                    : string.Create(CultureInfo.InvariantCulture, $"{step.Name}, call {call + 1}");
                var request = step.CreateRequest(prompt);
                if (step.Kind == MediaKind.Image)
                {
                    // Test-only: a small PNG instead of a 1080p or 2160p one keeps the run fast. Images are billed per image,
                    // not per pixel, so the cost is the same; videos keep the plan's size (the provider streams them lazily).
                    request = request with { Width = 64, Height = 36 };
                }

                var result = await provider.GenerateAsync(request);
                if (step.Kind != MediaKind.Speech)
                {
                    // Only the narration's characters can differ from the plan: an estimate from an analysis spreads them
                    // evenly over the scenes.
                    Assert.Equal(step.UsagePerCall, result.Usage);
                }
            }

            billed += provider.TotalCost;
        }

        return billed;
    }
}
