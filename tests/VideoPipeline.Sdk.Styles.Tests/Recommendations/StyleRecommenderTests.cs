using Microsoft.Extensions.DependencyInjection;

namespace VideoPipeline.Sdk.Styles.Tests.Recommendations;

public sealed class StyleRecommenderTests
{
    [Fact]
    public void AddStyles_RegistersOneSingletonRecommenderAndAnalytics()
    {
        var services = StyleServices.Create();

        Assert.Same(services.Recommender, services.Provider.GetRequiredService<IStyleRecommender>());
        Assert.Same(services.Analytics, services.Provider.GetRequiredService<IStyleUsageAnalytics>());
    }

    [Fact]
    public void GetRecommendedTemplates_EmptyCriteria_ThrowsArgumentExceptionSayingWhatToSet()
    {
        var recommender = StyleServices.Create().Recommender;

        var exception = Assert.Throws<ArgumentException>(() => recommender.GetRecommendedTemplates(new StyleRecommendationCriteria { Script = "   " }));

        Assert.Equal("criteria", exception.ParamName);
        Assert.StartsWith("The recommendation criteria are empty: set at least one of Moods, Purposes, Audiences, Platforms or Script.", exception.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => recommender.GetRecommendedTemplates(null!));
    }

    [Fact]
    public void Criteria_BadValues_ThrowNamingTheValue()
    {
        var blank = Assert.Throws<ArgumentException>(() => new StyleRecommendationCriteria { Moods = ["calm", " "] });
        Assert.StartsWith("Moods[1] is blank; every term must be text of at most 100 characters.", blank.Message, StringComparison.Ordinal);
        var tooMany = Assert.Throws<ArgumentException>(() => new StyleRecommendationCriteria { Platforms = [.. Enumerable.Range(0, 21).Select(index => $"p{index}")] });
        Assert.StartsWith("Platforms has 21 terms; it must have at most 20.", tooMany.Message, StringComparison.Ordinal);
        var count = Assert.Throws<ArgumentOutOfRangeException>(() => new StyleRecommendationCriteria { Count = 0 });
        Assert.Equal("Count", count.ParamName);
        Assert.Throws<ArgumentException>(() => new StyleRecommendationCriteria { Script = new string('a', 100_001) });
        Assert.Throws<ArgumentNullException>(() => new StyleRecommendationCriteria { Audiences = null! });
    }

    [Fact]
    public void Criteria_Terms_AreTrimmedLowerCasedAndHyphenated()
    {
        var criteria = new StyleRecommendationCriteria { Audiences = ["  Young Adults ", "gen_z", "young-adults"] };

        Assert.Equal(["young-adults", "gen-z"], criteria.Audiences);
    }

    [Fact]
    public void GetRecommendedTemplates_AmongEquallyFittingTemplates_PopularityDecidesTheOrder()
    {
        var services = StyleServices.Create();
        var criteria = new StyleRecommendationCriteria { Moods = ["calm"], Count = 18 };
        var before = services.Recommender.GetRecommendedTemplates(criteria);
        var calm = before.Where(recommendation => recommendation.Fit == 1).Select(recommendation => recommendation.Template.Id).ToList();

        // Five templates carry the tag 'calm': with no data they tie and are ordered by id.
        Assert.Equal(["annual-report", "clean-explainer", "executive-address", "luxury-product", "nature-documentary"], calm);

        for (var rating = 0; rating < 20; rating++)
        {
            services.Analytics.RecordRating("nature-documentary", 5);
            services.Analytics.RecordRating("clean-explainer", 3);
        }

        services.Analytics.RecordUse("luxury-product");
        var after = services.Recommender.GetRecommendedTemplates(criteria).Take(5).ToList();

        Assert.Equal(["nature-documentary", "clean-explainer", "luxury-product", "annual-report", "executive-address"], after.Select(recommendation => recommendation.Template.Id));
        Assert.All(after, recommendation => Assert.Equal(1.0, recommendation.Fit));
        Assert.True(after[0].Score > after[1].Score && after[1].Score > after[2].Score && after[2].Score > after[3].Score);
        Assert.Equal(after[3].Score, after[4].Score);
    }

    [Fact]
    public void GetRecommendedTemplates_Score_Is80PercentFitAnd20PercentPopularity()
    {
        var services = StyleServices.Create();
        for (var rating = 0; rating < 10; rating++)
        {
            services.Analytics.RecordRating("film-noir", rating < 6 ? 5 : 4);
        }

        var noir = services.Recommender.GetRecommendedTemplates(new StyleRecommendationCriteria { Moods = ["mysterious"] })
            .Single(recommendation => recommendation.Template.Id == "film-noir");

        // One rated template: the prior is its own mean, 4.6; popularity 0.75 × (4.6 − 1) / 4, no trend.
        Assert.Equal(0.75 * 0.9, noir.Popularity, 12);
        Assert.Equal((0.8 * 1) + (0.2 * 0.675), noir.Score, 12);
        Assert.Contains("popular: 4.6★ Bayesian over 10 ratings", noir.Reasons);
    }

    [Fact]
    public void GetRecommendedTemplates_Reasons_NameTheMatchesAndTheFrame()
    {
        var recommender = StyleServices.Create().Recommender;

        var top = recommender.GetRecommendedTemplates(new StyleRecommendationCriteria { Moods = ["energetic"], Platforms = ["TikTok"] })[0];

        // creator-vlog and fast-cut-reel both fit fully; the tie goes to the id.
        Assert.Equal("creator-vlog", top.Template.Id);
        Assert.Equal(
            [
                "mood 'energetic' matches tag 'energetic'",
                "platform 'tiktok' matches tag 'tiktok'",
                "platform 'tiktok' prefers 9:16, template is 9:16",
                "popularity: no ratings or recent uses yet",
            ],
            top.Reasons);
        Assert.Equal((1.0, 0.0, 0.8), (top.Fit, top.Popularity, top.Score));
    }

    [Fact]
    public void GetRecommendedTemplates_Synonyms_ScoreAsCloseMatchesWithAReason()
    {
        var recommender = StyleServices.Create().Recommender;

        var recommendations = recommender.GetRecommendedTemplates(new StyleRecommendationCriteria { Audiences = ["corporate"], Count = 18 });
        var executive = recommendations.Single(recommendation => recommendation.Template.Id == "executive-address");

        Assert.Equal(0.8, executive.Fit, 12);
        Assert.Contains("audience 'corporate' is close to tag 'executives'", executive.Reasons);
        Assert.DoesNotContain(recommendations, recommendation => recommendation.Template.Id == "film-noir");
    }

    [Fact]
    public void GetRecommendedTemplates_VerticalPlatform_RanksVerticalTemplatesFirst_AndLandscapeOnesBelow()
    {
        var recommendations = StyleServices.Create().Recommender.GetRecommendedTemplates(new StyleRecommendationCriteria { Platforms = ["shorts"], Count = 18 });

        Assert.All(recommendations.Take(3), recommendation => Assert.Equal(new AspectRatio(9, 16), recommendation.Template.AspectRatio));
        var lifestyle = recommendations.Single(recommendation => recommendation.Template.Id == "lifestyle-brand");
        Assert.Contains("platform 'shorts' prefers 9:16, template is 4:5", lifestyle.Reasons);
    }

    [Fact]
    public void GetRecommendedTemplates_ScriptCues_AreNamedInTheReasons()
    {
        var top = StyleServices.Create().Recommender.GetRecommendedTemplates(new StyleRecommendationCriteria
        {
            Script = "The detective waited in the shadows for the suspect.",
        })[0];

        Assert.Equal("film-noir", top.Template.Id);
        Assert.Equal("script mentions 'detective': mood 'mysterious' matches tag 'mysterious'", top.Reasons[0]);
    }

    [Fact]
    public void GetRecommendedTemplates_NothingFits_ReturnsEmpty()
    {
        var recommender = StyleServices.Create().Recommender;

        Assert.Empty(recommender.GetRecommendedTemplates(new StyleRecommendationCriteria { Moods = ["zzzz"] }));
        Assert.Empty(recommender.GetRecommendedTemplates(new StyleRecommendationCriteria { Script = "Lorem ipsum dolor sit amet." }));
    }

    [Fact]
    public void GetRecommendedTemplates_IsDeterministic_Bounded_AndHonoursCount()
    {
        var recommender = StyleServices.Create().Recommender;
        var criteria = new StyleRecommendationCriteria { Moods = ["warm", "optimistic"], Purposes = ["advertising"], Platforms = ["instagram"], Count = 4 };

        var first = recommender.GetRecommendedTemplates(criteria);
        var second = recommender.GetRecommendedTemplates(criteria);

        Assert.Equal(4, first.Count);
        Assert.Equal(first.Select(recommendation => (recommendation.Template.Id, recommendation.Score)), second.Select(recommendation => (recommendation.Template.Id, recommendation.Score)));
        Assert.All(first, recommendation => Assert.InRange(recommendation.Score, 0, 1));
        Assert.Equal(first.OrderByDescending(recommendation => recommendation.Score).Select(recommendation => recommendation.Template.Id), first.Select(recommendation => recommendation.Template.Id));
        Assert.Equal("lifestyle-brand", first[0].Template.Id);
    }
}
