namespace VideoPipeline.Sdk.Quality.Tests.Learning;

public sealed class QualityFeedbackTests
{
    [Theory]
    [InlineData(1, 0.0)]
    [InlineData(2, 0.25)]
    [InlineData(3, 0.5)]
    [InlineData(4, 0.75)]
    [InlineData(5, 1.0)]
    public void FromStars_OneToFive_IsARatingOfWeightOneFromZeroToOne(int stars, double value)
    {
        var feedback = QualityFeedback.FromStars("run-1", stars);

        Assert.Equal("run-1", feedback.RunId);
        Assert.Equal(FeedbackKind.Rating, feedback.Kind);
        Assert.Equal(value, feedback.Value);
        Assert.Equal(1, feedback.Weight);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-3)]
    public void FromStars_OutOfRange_ThrowsNamingStarsTheValueAndTheRange(int stars)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => QualityFeedback.FromStars("run-1", stars));

        Assert.Equal("stars", exception.ParamName);
        Assert.StartsWith($"stars is {stars}; it must be 1 to 5.", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.37)]
    [InlineData(1.0)]
    public void FromScore_ZeroToOne_IsARatingOfWeightOneWithThatValue(double score)
    {
        var feedback = QualityFeedback.FromScore("run-2", score);

        Assert.Equal(FeedbackKind.Rating, feedback.Kind);
        Assert.Equal(score, feedback.Value);
        Assert.Equal(1, feedback.Weight);
    }

    [Theory]
    [InlineData(-0.01, "-0.01")]
    [InlineData(1.5, "1.5")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    public void FromScore_OutOfRange_ThrowsNamingScoreTheValueAndTheRange(double score, string shown)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => QualityFeedback.FromScore("run-2", score));

        Assert.Equal("score", exception.ParamName);
        Assert.StartsWith($"score is {shown}; it must be 0 to 1.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ImplicitSignals_RegeneratedIsZero_PublishedAndDownloadedAreOne_AllOfWeightOneHalf()
    {
        var regenerated = QualityFeedback.Regenerated("run-3");
        var published = QualityFeedback.Published("run-3");
        var downloaded = QualityFeedback.Downloaded("run-3");

        Assert.Equal((FeedbackKind.Regenerated, 0.0, 0.5), (regenerated.Kind, regenerated.Value, regenerated.Weight));
        Assert.Equal((FeedbackKind.Published, 1.0, 0.5), (published.Kind, published.Value, published.Weight));
        Assert.Equal((FeedbackKind.Downloaded, 1.0, 0.5), (downloaded.Kind, downloaded.Value, downloaded.Weight));
        Assert.All(new[] { regenerated, published, downloaded }, feedback => Assert.Equal("run-3", feedback.RunId));
    }

    [Theory]
    [InlineData(nameof(QualityFeedback.FromStars))]
    [InlineData(nameof(QualityFeedback.FromScore))]
    [InlineData(nameof(QualityFeedback.Regenerated))]
    [InlineData(nameof(QualityFeedback.Published))]
    [InlineData(nameof(QualityFeedback.Downloaded))]
    public void EveryFactory_NullRunId_ThrowsArgumentNullException(string factory)
    {
        var exception = Assert.Throws<ArgumentNullException>(() => Create(factory, null!));

        Assert.Equal("runId", exception.ParamName);
    }

    [Theory]
    [InlineData(nameof(QualityFeedback.FromStars), "")]
    [InlineData(nameof(QualityFeedback.FromScore), " ")]
    [InlineData(nameof(QualityFeedback.Regenerated), "")]
    [InlineData(nameof(QualityFeedback.Published), "\t")]
    [InlineData(nameof(QualityFeedback.Downloaded), "  ")]
    public void EveryFactory_EmptyOrWhiteSpaceRunId_ThrowsArgumentException(string factory, string runId)
    {
        var exception = Assert.Throws<ArgumentException>(() => Create(factory, runId));

        Assert.Equal("runId", exception.ParamName);
    }

    [Fact]
    public void Equality_IsByRunIdKindValueAndWeight()
    {
        Assert.Equal(QualityFeedback.FromStars("run-4", 4), QualityFeedback.FromStars("run-4", 4));
        Assert.Equal(QualityFeedback.FromStars("run-4", 4), QualityFeedback.FromScore("run-4", 0.75));
        Assert.NotEqual(QualityFeedback.FromStars("run-4", 4), QualityFeedback.FromStars("run-5", 4));
        Assert.NotEqual(QualityFeedback.Published("run-4"), QualityFeedback.Downloaded("run-4"));
    }

    private static QualityFeedback Create(string factory, string runId) => factory switch
    {
        nameof(QualityFeedback.FromStars) => QualityFeedback.FromStars(runId, 3),
        nameof(QualityFeedback.FromScore) => QualityFeedback.FromScore(runId, 0.5),
        nameof(QualityFeedback.Regenerated) => QualityFeedback.Regenerated(runId),
        nameof(QualityFeedback.Published) => QualityFeedback.Published(runId),
        nameof(QualityFeedback.Downloaded) => QualityFeedback.Downloaded(runId),
        _ => throw new ArgumentOutOfRangeException(nameof(factory), factory, "Not a factory of QualityFeedback."),
    };
}
