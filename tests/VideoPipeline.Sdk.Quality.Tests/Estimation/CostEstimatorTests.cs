using Microsoft.Extensions.DependencyInjection;
using VideoPipeline.Sdk.Quality.Tests.Analysis;
using VideoPipeline.Sdk.Quality.Tests.Planning;

namespace VideoPipeline.Sdk.Quality.Tests.Estimation;

public sealed class CostEstimatorTests
{
    private static readonly QualityProfile Premium = QualityProfile.GetDefault(QualityLevel.Premium);

    [Fact]
    public async Task EstimateAsync_Plan_PricesEveryStep_AndTheTotalsAddUp()
    {
        using var services = TestCatalog.Services();
        var estimator = services.GetRequiredService<ICostEstimator>();

        // Premium, 10 s: 2 shots of 8 s, 2 variants each.
        var plan = TestCatalog.Planner().Plan(Premium, [TestCatalog.Scene(10, characters: 500)], adaptive: false);
        var estimate = await estimator.EstimateAsync(plan);

        Assert.Same(plan, estimate.Plan);
        Assert.Equal(
            [
                ("scene 1 keyframes", MediaKind.Image, "image-pro", 4, PriceUnit.Image, 4m, 0.05m, 0.20m),
                ("scene 1 clips", MediaKind.Video, "video-pro", 4, PriceUnit.Second, 32m, 0.25m, 8.00m),   // 0.20 + 0.05 for audio
                ("scene 1 narration", MediaKind.Speech, "speech-pro", 1, PriceUnit.ThousandCharacters, 0.5m, 0.10m, 0.05m),
                ("music", MediaKind.Music, "music-pro", 1, PriceUnit.Track, 1m, 0.10m, 0.10m),
            ],
            estimate.Lines.Select(line => (line.StepName, line.Kind, line.RouteId, line.Calls, line.Unit, line.UnitsBilled, line.UnitPrice!.Value.Usd, line.Cost!.Value.Usd)));
        Assert.Equal(8.35m, estimate.Expected.Usd);
        Assert.Equal(1.67m, estimate.Reserve.Usd);
        Assert.Equal(10.02m, estimate.Maximum.Usd);
        Assert.Equal(
            new Dictionary<MediaKind, Money>
            {
                [MediaKind.Image] = Money.FromUsd(0.20m),
                [MediaKind.Video] = Money.FromUsd(8.00m),
                [MediaKind.Speech] = Money.FromUsd(0.05m),
                [MediaKind.Music] = Money.FromUsd(0.10m),
            },
            estimate.ByKind);
        Assert.True(estimate.IsKnown);
        Assert.Empty(estimate.UnknownPriceRoutes);
        Assert.Equal(TestCatalog.CapturedOn, estimate.PricesCapturedOn);
    }

    [Fact]
    public async Task EstimateAsync_Ultra_BillsTheResolutionPrices()
    {
        using var services = TestCatalog.Services();
        var plan = TestCatalog.Planner().Plan(QualityProfile.GetDefault(QualityLevel.Ultra), [TestCatalog.Scene(10)], adaptive: false);

        var estimate = await services.GetRequiredService<ICostEstimator>().EstimateAsync(plan);

        // 2160p: $0.12 per image instead of $0.08, $0.60 + $0.10 audio per second instead of $0.40.
        Assert.Equal([0.12m, 0.70m], estimate.Lines.Take(2).Select(line => line.UnitPrice!.Value.Usd));
        Assert.Equal(0.25m * estimate.Expected.Usd, estimate.Reserve.Usd);
    }

    [Fact]
    public async Task EstimateAsync_RouteWithoutAPrice_SaysTheCostIsUnknown_AndNamesTheRoute()
    {
        var catalog = new ProviderCatalog(TestCatalog.Routes().Select(route => route.Id == "speech-pro" ? route with { Price = null } : route));
        using var services = TestCatalog.Services(catalog: catalog);
        var plan = TestCatalog.Planner(catalog).Plan(Premium, [TestCatalog.Scene(10, characters: 500), TestCatalog.Scene(10, characters: 400)], adaptive: false);

        var estimate = await services.GetRequiredService<ICostEstimator>().EstimateAsync(plan);

        Assert.False(estimate.IsKnown);
        Assert.Equal(["speech-pro"], estimate.UnknownPriceRoutes);
        var narration = estimate.Lines.Where(line => line.Kind == MediaKind.Speech).ToArray();
        Assert.All(narration, line => Assert.Equal((PriceUnit.ThousandCharacters, (Money?)null, (Money?)null), (line.Unit, line.UnitPrice, line.Cost)));
        Assert.Equal([0.5m, 0.4m], narration.Select(line => line.UnitsBilled));
        Assert.Equal(16.50m, estimate.Expected.Usd);   // 2 × ($0.20 + $8.00) + $0.10: the lines that have a price
        Assert.Equal(Money.Zero, estimate.ByKind[MediaKind.Speech]);
        Assert.Equal(estimate.Expected, estimate.ByKind.Values.Aggregate(Money.Zero, (sum, amount) => sum + amount));
    }

    [Fact]
    public async Task EstimateAsync_PricesCapturedOn_IsTheOldestCaptureAmongTheRoutesUsed()
    {
        using var services = TestCatalog.Services();
        var estimator = services.GetRequiredService<ICostEstimator>();
        var analysis = services.GetRequiredService<IContentAnalyzer>().Analyze(Analyzers.ReadScript("news"));

        var economy = await estimator.EstimateAsync(analysis, QualityLevel.Economy);
        var standard = await estimator.EstimateAsync(analysis, QualityLevel.Standard);

        Assert.Equal(TestCatalog.OldestCapture, economy.PricesCapturedOn);   // the lite image route's
        Assert.Equal(TestCatalog.CapturedOn, standard.PricesCapturedOn);
    }

    [Fact]
    public async Task EstimateAsync_Analysis_SplitsTheTotalsEvenlyOverTheScenes_WithTheConfiguredProfile()
    {
        using var services = TestCatalog.Services(options => options.Profiles["Standard"] = new QualityProfileOptions { VariantsPerShot = 3 });
        var analysis = services.GetRequiredService<IContentAnalyzer>().Analyze(Analyzers.ReadScript("corporate"));

        var estimate = await services.GetRequiredService<ICostEstimator>().EstimateAsync(analysis, QualityLevel.Standard);

        var plan = estimate.Plan;
        Assert.Equal(3, plan.Profile.VariantsPerShot);
        Assert.Equal(analysis.EstimatedScenes, plan.Scenes.Count);
        Assert.Equal(analysis.NarrationDuration, plan.Duration);
        Assert.Equal(
            analysis.Characters + analysis.Words - analysis.EstimatedScenes,
            plan.Steps.Where(step => step.Kind == MediaKind.Speech).Sum(step => step.TotalUsage.Characters));
        Assert.All(plan.Scenes, scene => Assert.Equal(scene.Shots * 3, scene.Steps.Single(step => step.Kind == MediaKind.Video).Calls));
        Assert.InRange(plan.Scenes.Max(scene => scene.Duration) - plan.Scenes.Min(scene => scene.Duration), TimeSpan.Zero, TimeSpan.FromTicks(1));
        Assert.False(plan.IsAdaptive);
    }

    [Fact]
    public async Task EstimateAsync_ProfileOverload_UsesTheProfileGiven()
    {
        using var services = TestCatalog.Services();
        var estimator = services.GetRequiredService<ICostEstimator>();
        var analysis = services.GetRequiredService<IContentAnalyzer>().Analyze(Analyzers.ReadScript("marketing"));

        var premium = await estimator.EstimateAsync(analysis, QualityLevel.Premium);
        var cheaper = await estimator.EstimateAsync(analysis, Premium with { VariantsPerShot = 1 });

        Assert.Equal(1, cheaper.Plan.Profile.VariantsPerShot);
        Assert.True(cheaper.Expected < premium.Expected);
        Assert.Equal(
            premium.ByKind[MediaKind.Video].Usd / 2,
            cheaper.ByKind[MediaKind.Video].Usd);
    }

    [Fact]
    public async Task EstimateAsync_EmptyScript_CostsNothing()
    {
        using var services = TestCatalog.Services();
        var analysis = services.GetRequiredService<IContentAnalyzer>().Analyze(string.Empty);

        var estimate = await services.GetRequiredService<ICostEstimator>().EstimateAsync(analysis, QualityLevel.Ultra);

        Assert.Equal((0, 0, Money.Zero, Money.Zero, true, (DateOnly?)null), (estimate.Plan.Scenes.Count, estimate.Lines.Count, estimate.Expected, estimate.Maximum, estimate.IsKnown, estimate.PricesCapturedOn));
    }

    [Fact]
    public async Task EstimateAsync_BadInput_IsRejectedByName()
    {
        using var services = TestCatalog.Services();
        var estimator = services.GetRequiredService<ICostEstimator>();
        var analysis = new ContentAnalysis();

        Assert.Equal("analysis", (await Assert.ThrowsAsync<ArgumentNullException>(() => estimator.EstimateAsync(null!, QualityLevel.Standard).AsTask())).ParamName);
        Assert.Equal("analysis", (await Assert.ThrowsAsync<ArgumentNullException>(() => estimator.EstimateAsync(null!, Premium).AsTask())).ParamName);
        Assert.Equal("profile", (await Assert.ThrowsAsync<ArgumentNullException>(() => estimator.EstimateAsync(analysis, (QualityProfile)null!).AsTask())).ParamName);
        Assert.Equal("plan", (await Assert.ThrowsAsync<ArgumentNullException>(() => estimator.EstimateAsync(null!).AsTask())).ParamName);
        var undefined = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => estimator.EstimateAsync(analysis, (QualityLevel)42).AsTask());
        Assert.Equal("level", undefined.ParamName);
        Assert.Contains("QualityLevel 42 is not defined", undefined.Message, StringComparison.Ordinal);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => estimator.EstimateAsync(analysis, QualityLevel.Standard, new CancellationToken(canceled: true)).AsTask());
    }

    [Fact]
    public void Resolve_IsOneSingleton_AndAnIntegratorsEstimatorWins()
    {
        using var services = TestCatalog.Services();
        var own = new ServiceCollection().AddSingleton<ICostEstimator>(new FixedEstimator());
        own.AddVideoPipeline().AddQuality();
        using var ownServices = own.BuildServiceProvider();

        Assert.Same(services.GetRequiredService<ICostEstimator>(), services.GetRequiredService<ICostEstimator>());
        Assert.IsType<FixedEstimator>(ownServices.GetRequiredService<ICostEstimator>());
    }

    private sealed class FixedEstimator : ICostEstimator
    {
        public ValueTask<CostEstimate> EstimateAsync(ContentAnalysis analysis, QualityLevel level, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("Not called.");

        public ValueTask<CostEstimate> EstimateAsync(ContentAnalysis analysis, QualityProfile profile, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("Not called.");

        public ValueTask<CostEstimate> EstimateAsync(ProductionPlan plan, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("Not called.");
    }
}
