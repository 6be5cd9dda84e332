using VideoPipeline.Sdk.Quality.Tests.Planning;

namespace VideoPipeline.Sdk.Quality.Tests.Optimization;

/// <summary>Bad input to the optimizer and its constraints: each gets a clear exception naming what was wrong.</summary>
public sealed class BadInputTests
{
    private static readonly QualityConstraints Affordable = new() { MaxCost = Money.FromUsd(50m) };

    [Fact]
    public async Task OptimizeForContentAsync_NullContent_ThrowsArgumentNullException()
    {
        using var services = TestCatalog.Services();

        var exception = await Assert.ThrowsAsync<ArgumentNullException>(
            async () => await services.Optimizer().OptimizeForContentAsync(null!, ContentType.Unknown, Affordable));

        Assert.Equal("content", exception.ParamName);
    }

    [Fact]
    public async Task OptimizeForContentAsync_NullConstraints_ThrowsArgumentNullException()
    {
        using var services = TestCatalog.Services();

        var exception = await Assert.ThrowsAsync<ArgumentNullException>(
            async () => await services.Optimizer().OptimizeForContentAsync("A short script.", ContentType.Unknown, null!));

        Assert.Equal("constraints", exception.ParamName);
    }

    [Fact]
    public async Task OptimizeForContentAsync_UndefinedContentType_ThrowsArgumentOutOfRangeException()
    {
        using var services = TestCatalog.Services();

        var exception = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            async () => await services.Optimizer().OptimizeForContentAsync("A short script.", (ContentType)42, Affordable));

        Assert.Equal("contentType", exception.ParamName);
        Assert.StartsWith("contentType is 42; it must be one of Unknown, Narrative,", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OptimizeForContentAsync_NeitherBudgetTierNorMaxCost_ThrowsArgumentException()
    {
        using var services = TestCatalog.Services();

        var exception = await Assert.ThrowsAsync<ArgumentException>(
            async () => await services.Optimizer().OptimizeForContentAsync("A short script.", ContentType.Unknown, new QualityConstraints { Importance = ContentImportance.High }));

        Assert.Equal("constraints", exception.ParamName);
        Assert.StartsWith("The constraints set neither BudgetTier nor MaxCost; set at least one", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OptimizeForContentAsync_MinimumTierAboveBudgetTier_ThrowsArgumentExceptionNamingBoth()
    {
        using var services = TestCatalog.Services();
        var constraints = new QualityConstraints { MinimumTier = QualityLevel.Premium, BudgetTier = QualityLevel.Standard, MaxCost = Money.FromUsd(1000m) };

        var exception = await Assert.ThrowsAsync<ArgumentException>(
            async () => await services.Optimizer().OptimizeForContentAsync("A short script.", ContentType.Unknown, constraints));

        Assert.Equal("constraints", exception.ParamName);
        Assert.StartsWith("The constraints' MinimumTier Premium is above their BudgetTier Standard; no profile can be both.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OptimizeForContentAsync_BadInput_IsNotCountedAsADecision()
    {
        using var services = TestCatalog.Services();
        var optimizer = services.Optimizer();
        var before = optimizer.ExportState();

        await Assert.ThrowsAsync<ArgumentException>(async () => await optimizer.OptimizeForContentAsync("A short script.", ContentType.Unknown, new QualityConstraints()));

        Assert.Equal(before, optimizer.ExportState());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-0.01)]
    [InlineData(-25)]
    public void QualityConstraints_MaxCostZeroOrNegative_ThrowsArgumentOutOfRangeException(double usd)
    {
        var maxCost = Money.FromUsd((decimal)usd);

        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new QualityConstraints { MaxCost = maxCost });

        Assert.Equal("MaxCost", exception.ParamName);
        Assert.StartsWith($"MaxCost is {maxCost}; it must be positive.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void QualityConstraints_UndefinedBudgetTier_ThrowsArgumentOutOfRangeException()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new QualityConstraints { BudgetTier = (QualityLevel)9 });

        Assert.Equal("BudgetTier", exception.ParamName);
        Assert.StartsWith("BudgetTier is 9; it must be one of Economy, Standard, Premium, Ultra.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void QualityConstraints_UndefinedMinimumTier_ThrowsArgumentOutOfRangeException()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new QualityConstraints { MinimumTier = (QualityLevel)(-1) });

        Assert.Equal("MinimumTier", exception.ParamName);
        Assert.StartsWith("MinimumTier is -1; it must be one of Economy, Standard, Premium, Ultra.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void QualityConstraints_UndefinedImportance_ThrowsArgumentOutOfRangeException()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new QualityConstraints { Importance = (ContentImportance)7 });

        Assert.Equal("Importance", exception.ParamName);
        Assert.StartsWith("Importance is 7; it must be one of Low, Normal, High, Critical.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void QualityConstraints_UndefinedAudience_ThrowsArgumentOutOfRangeException()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new QualityConstraints { Audience = (TargetAudience)7 });

        Assert.Equal("Audience", exception.ParamName);
        Assert.StartsWith("Audience is 7; it must be one of General, Business, Education, Social.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OptimizeForContentAsync_CancelledToken_ThrowsOperationCanceledException_AndTracksNoRun()
    {
        using var services = TestCatalog.Services();
        var optimizer = services.Optimizer();
        var before = optimizer.ExportState();
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            async () => await optimizer.OptimizeForContentAsync(OptimizerTestData.TwoSceneScreenplay, ContentType.Unknown, Affordable, cancellation.Token));

        Assert.Equal(before, optimizer.ExportState());
    }

    [Fact]
    public async Task OptimizeForContentAsync_CatalogWithoutMusic_ThrowsInvalidOperationExceptionNamingTheKind()
    {
        using var services = TestCatalog.Services(catalog: new ProviderCatalog(TestCatalog.Routes().Where(route => route.Kind != MediaKind.Music)));

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(
            async () => await services.Optimizer().OptimizeForContentAsync(OptimizerTestData.TwoSceneScreenplay, ContentType.Unknown, Affordable));

        Assert.Equal("The catalog has no usable music route on 2026-11-24 in any tier; a plan that generates music cannot be made.", exception.Message);
    }

    [Fact]
    public async Task RecordFeedbackAsync_NullFeedback_ThrowsArgumentNullException()
    {
        using var services = TestCatalog.Services();

        var exception = await Assert.ThrowsAsync<ArgumentNullException>(async () => await services.Optimizer().RecordFeedbackAsync(null!));

        Assert.Equal("feedback", exception.ParamName);
    }

    [Fact]
    public async Task RecordFeedbackAsync_CancelledToken_ThrowsOperationCanceledException_AndRecordsNothing()
    {
        using var services = TestCatalog.Services();
        var optimizer = services.Optimizer();
        var run = await optimizer.OptimizeForContentAsync(OptimizerTestData.TwoSceneScreenplay, ContentType.Unknown, Affordable);
        var before = optimizer.ExportState();
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            async () => await optimizer.RecordFeedbackAsync(QualityFeedback.FromStars(run.RunId!, 5), cancellation.Token));

        Assert.Equal(before, optimizer.ExportState());
    }

    [Fact]
    public void ImportState_Null_ThrowsArgumentNullException()
    {
        using var services = TestCatalog.Services();

        var exception = Assert.Throws<ArgumentNullException>(() => services.Optimizer().ImportState(null!));

        Assert.Equal("json", exception.ParamName);
    }
}
