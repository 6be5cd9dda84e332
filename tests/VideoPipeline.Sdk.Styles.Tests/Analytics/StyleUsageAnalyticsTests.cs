using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Options;
using System.Diagnostics.Metrics;

namespace VideoPipeline.Sdk.Styles.Tests.Analytics;

public sealed class StyleUsageAnalyticsTests
{
    [Fact]
    public void GetStatistics_NoData_HasZeroCountsThePriorOfThreeAndNoTrend()
    {
        var statistics = StyleServices.Create().Analytics.GetStatistics("modern-commercial");

        Assert.Equal(
            new StyleUsageStatistics { StyleId = "modern-commercial", BayesianRating = 3 },
            statistics);
    }

    [Fact]
    public void RecordRating_BayesianAverage_ShrinksTowardsTheMeanOfAllRatingsWithWeightTen()
    {
        var analytics = StyleServices.Create().Analytics;
        foreach (var stars in new[] { 5, 5, 5, 5 })
        {
            analytics.RecordRating("film-noir", stars);
        }

        analytics.RecordRating("my-preset", 1);
        analytics.RecordRating("my-preset", 1);

        // Prior m = 22 / 6 = 11/3, weight C = 10: film-noir (10 × 11/3 + 20) / 14 = 85/21, my-preset (10 × 11/3 + 2) / 12 = 29/9.
        var noir = analytics.GetStatistics("film-noir");
        var preset = analytics.GetStatistics("my-preset");
        Assert.Equal((4, 5.0), (noir.RatingCount, noir.MeanRating!.Value));
        Assert.Equal(85.0 / 21, noir.BayesianRating, 12);
        Assert.Equal((2, 1.0), (preset.RatingCount, preset.MeanRating!.Value));
        Assert.Equal(29.0 / 9, preset.BayesianRating, 12);
        Assert.Equal(11.0 / 3, analytics.GetStatistics("never-rated").BayesianRating, 12);
    }

    [Fact]
    public void RecordRating_WithPriorWeightZero_BayesianAverageIsThePlainMean()
    {
        var analytics = StyleServices.Create(options => options.RatingPriorWeight = 0).Analytics;
        analytics.RecordRating("film-noir", 4);
        analytics.RecordRating("film-noir", 2);
        analytics.RecordRating("epic-cinematic", 5);

        Assert.Equal(3.0, analytics.GetStatistics("film-noir").BayesianRating, 12);
    }

    [Fact]
    public void RecordUse_TrendingScore_HalvesEveryHalfLife_AndNewUsesAddOne()
    {
        var services = StyleServices.Create();
        var analytics = services.Analytics;
        for (var use = 0; use < 10; use++)
        {
            analytics.RecordUse("creator-vlog");
        }

        Assert.Equal(10.0, analytics.GetStatistics("creator-vlog").TrendingScore, 12);
        services.Time.Advance(TimeSpan.FromDays(7));
        Assert.Equal(5.0, analytics.GetStatistics("creator-vlog").TrendingScore, 12);
        services.Time.Advance(TimeSpan.FromDays(7));
        analytics.RecordUse("creator-vlog");
        Assert.Equal(3.5, analytics.GetStatistics("creator-vlog").TrendingScore, 12);
        services.Time.Advance(TimeSpan.FromDays(3.5));
        Assert.Equal(3.5 / Math.Sqrt(2), analytics.GetStatistics("creator-vlog").TrendingScore, 12);
        Assert.Equal(11, analytics.GetStatistics("creator-vlog").Uses);
    }

    [Fact]
    public void RecordUse_WithAnotherHalfLife_DecaysByIt()
    {
        var services = StyleServices.Create(options => options.TrendingHalfLife = TimeSpan.FromHours(1));
        services.Analytics.RecordUse("creator-vlog");
        services.Time.Advance(TimeSpan.FromHours(2));

        Assert.Equal(0.25, services.Analytics.GetStatistics("creator-vlog").TrendingScore, 12);
    }

    [Fact]
    public void RecordOutcome_CountsEachOutcome_IgnoringTheIdsCase()
    {
        var analytics = StyleServices.Create().Analytics;
        analytics.RecordOutcome("fast-cut-reel", StyleOutcome.Published);
        analytics.RecordOutcome("FAST-CUT-REEL", StyleOutcome.Published);
        analytics.RecordOutcome("fast-cut-reel", StyleOutcome.Regenerated);
        analytics.RecordOutcome("Fast-Cut-Reel", StyleOutcome.Abandoned);

        var statistics = analytics.GetStatistics("fast-cut-reel");
        Assert.Equal((2L, 1L, 1L, 0L), (statistics.PublishedCount, statistics.RegeneratedCount, statistics.AbandonedCount, statistics.Uses));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-3)]
    public void RecordRating_OutOfRange_ThrowsNamingTheValueAndTheRange(int stars)
    {
        var analytics = StyleServices.Create().Analytics;

        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => analytics.RecordRating("film-noir", stars));

        Assert.Equal("stars", exception.ParamName);
        Assert.Equal(stars, exception.ActualValue);
        Assert.Contains($"The rating is {stars} stars; it must be from 1 to 5.", exception.Message, StringComparison.Ordinal);
        Assert.Equal(0, analytics.GetStatistics("film-noir").RatingCount);
    }

    [Fact]
    public void Record_BadIdOrOutcome_ThrowsAClearException()
    {
        var analytics = StyleServices.Create().Analytics;

        Assert.Throws<ArgumentNullException>(() => analytics.RecordUse(null!));
        Assert.Throws<ArgumentException>(() => analytics.RecordUse("  "));
        var tooLong = Assert.Throws<ArgumentException>(() => analytics.GetStatistics(new string('a', 201)));
        Assert.StartsWith("The style id has 201 characters; it must have at most 200.", tooLong.Message, StringComparison.Ordinal);
        var outcome = Assert.Throws<ArgumentOutOfRangeException>(() => analytics.RecordOutcome("film-noir", (StyleOutcome)7));
        Assert.Equal("outcome", outcome.ParamName);
    }

    [Fact]
    public void Record_BeyondMaxTrackedStyles_KeepsTheTrackedIds_AndReportsTheNewOneAsNotRecorded()
    {
        var analytics = StyleServices.Create(options => options.MaxTrackedStyles = 2).Analytics;

        Assert.True(analytics.RecordUse("film-noir"));
        Assert.True(analytics.RecordRating("epic-cinematic", 4));
        Assert.False(analytics.RecordUse("creator-vlog"));
        Assert.False(analytics.RecordRating("creator-vlog", 5));
        Assert.True(analytics.RecordUse("FILM-NOIR"));

        Assert.Equal(0, analytics.GetStatistics("creator-vlog").Uses);
        Assert.Equal(4.0, analytics.GetStatistics("creator-vlog").BayesianRating, 12);
        Assert.Equal(2, analytics.GetStatistics("film-noir").Uses);
    }

    [Fact]
    public async Task Record_FromManyThreads_LosesNothing()
    {
        var analytics = StyleServices.Create().Analytics;
        var ids = Enumerable.Range(0, 20).Select(index => $"style-{index}").ToArray();
        const int Workers = 8, OperationsPerWorker = 5_000;

        var expected = await Task.WhenAll(Enumerable.Range(0, Workers).Select(worker => Task.Run(() =>
        {
            var random = new Random(worker);
            var counts = new (long Uses, long Ratings, long Stars, long Published)[ids.Length];
            for (var operation = 0; operation < OperationsPerWorker; operation++)
            {
                var id = random.Next(ids.Length);
                switch (random.Next(3))
                {
                    case 0:
                        analytics.RecordUse(ids[id]);
                        counts[id].Uses++;
                        break;
                    case 1:
                        var stars = random.Next(1, 6);
                        analytics.RecordRating(ids[id], stars);
                        counts[id].Ratings++;
                        counts[id].Stars += stars;
                        break;
                    default:
                        analytics.RecordOutcome(ids[id], StyleOutcome.Published);
                        counts[id].Published++;
                        break;
                }
            }

            return counts;
        })));

        for (var id = 0; id < ids.Length; id++)
        {
            var statistics = analytics.GetStatistics(ids[id]);
            var uses = expected.Sum(counts => counts[id].Uses);
            var ratings = expected.Sum(counts => counts[id].Ratings);
            Assert.Equal(uses, statistics.Uses);
            Assert.Equal(uses, statistics.TrendingScore);
            Assert.Equal(ratings, statistics.RatingCount);
            Assert.Equal((double)expected.Sum(counts => counts[id].Stars) / ratings, statistics.MeanRating!.Value, 12);
            Assert.Equal(expected.Sum(counts => counts[id].Published), statistics.PublishedCount);
        }

        var allStars = expected.Sum(counts => counts.Sum(count => count.Stars));
        var allRatings = expected.Sum(counts => counts.Sum(count => count.Ratings));
        Assert.Equal((double)allStars / allRatings, analytics.GetStatistics("unrated").BayesianRating, 12);
    }

    [Fact]
    public void Record_CountsOnTheStylesMeter_TaggedWithTheCategoryNeverTheId()
    {
        var services = StyleServices.Create();
        var meterFactory = services.Provider.GetRequiredService<IMeterFactory>();
        using var uses = new MetricCollector<long>(meterFactory, VideoPipelineDiagnostics.Styles, VideoPipelineDiagnostics.StylesUses);
        using var ratings = new MetricCollector<long>(meterFactory, VideoPipelineDiagnostics.Styles, VideoPipelineDiagnostics.StylesRatings);
        using var outcomes = new MetricCollector<long>(meterFactory, VideoPipelineDiagnostics.Styles, VideoPipelineDiagnostics.StylesOutcomes);

        services.Analytics.RecordUse("modern-commercial");
        services.Analytics.RecordUse("my-secret-preset");
        services.Analytics.RecordRating("film-noir", 5);
        services.Analytics.RecordOutcome("annual-report", StyleOutcome.Abandoned);

        Assert.Equal(["commercial", "preset"], uses.GetMeasurementSnapshot().Select(measurement => measurement.Tags[VideoPipelineDiagnostics.StyleCategoryTag]));
        Assert.All(uses.GetMeasurementSnapshot(), measurement => Assert.Single(measurement.Tags));
        Assert.Equal("cinematic", Assert.Single(ratings.GetMeasurementSnapshot()).Tags[VideoPipelineDiagnostics.StyleCategoryTag]);
        var outcome = Assert.Single(outcomes.GetMeasurementSnapshot());
        Assert.Equal(("corporate", "abandoned"), (outcome.Tags[VideoPipelineDiagnostics.StyleCategoryTag], outcome.Tags[VideoPipelineDiagnostics.OutcomeTag]));
    }

    [Theory]
    [InlineData(nameof(StylesOptions.MaxTrackedStyles), "VideoPipeline:Styles:MaxTrackedStyles is 0; it must be between 1 and 1000000.")]
    [InlineData(nameof(StylesOptions.RatingPriorWeight), "VideoPipeline:Styles:RatingPriorWeight is -1; it must be between 0 and 10000.")]
    [InlineData(nameof(StylesOptions.TrendingHalfLife), "VideoPipeline:Styles:TrendingHalfLife is 00:00:30; it must be between 00:01:00 and 365.00:00:00.")]
    [InlineData(nameof(StylesOptions.RecommendationPopularityWeight), "VideoPipeline:Styles:RecommendationPopularityWeight is 1.5; it must be between 0 and 1.")]
    public void Options_OutOfRange_FailValidationNamingTheKeyValueAndRange(string key, string message)
    {
        var services = StyleServices.Create(options =>
        {
            switch (key)
            {
                case nameof(StylesOptions.MaxTrackedStyles):
                    options.MaxTrackedStyles = 0;
                    break;
                case nameof(StylesOptions.RatingPriorWeight):
                    options.RatingPriorWeight = -1;
                    break;
                case nameof(StylesOptions.TrendingHalfLife):
                    options.TrendingHalfLife = TimeSpan.FromSeconds(30);
                    break;
                default:
                    options.RecommendationPopularityWeight = 1.5;
                    break;
            }
        });

        var exception = Assert.Throws<OptionsValidationException>(() => services.Provider.GetRequiredService<IOptions<StylesOptions>>().Value);

        Assert.Equal(message, Assert.Single(exception.Failures));
    }
}
