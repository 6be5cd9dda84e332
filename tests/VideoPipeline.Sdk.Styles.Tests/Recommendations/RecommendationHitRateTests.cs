using System.Globalization;
using Xunit.Abstractions;

namespace VideoPipeline.Sdk.Styles.Tests.Recommendations;

public sealed class RecommendationHitRateTests
{
    private const double TargetHitRate = 0.70;

    private readonly ITestOutputHelper _output;

    public RecommendationHitRateTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public void LabelledSet_HasAtLeast60Cases_WhoseSuitableTemplatesAreInTheCatalog()
    {
        var catalog = StyleServices.Create().Manager;

        Assert.True(LabelledCases.All.Count >= 60, $"The labelled set has {LabelledCases.All.Count} cases.");
        Assert.All(LabelledCases.All.SelectMany(labelled => labelled.Suitable), id => Assert.NotNull(catalog.GetTemplate(id)));
    }

    [Fact]
    public void GetRecommendedTemplates_OnTheLabelledSet_HasATop3HitRateOfAtLeast70Percent()
    {
        var recommender = StyleServices.Create().Recommender;
        var hits = 0;
        var firstHits = 0;
        foreach (var labelled in LabelledCases.All)
        {
            var top3 = recommender.GetRecommendedTemplates(labelled.Criteria).Take(3).Select(recommendation => recommendation.Template.Id).ToList();
            var hit = top3.Exists(labelled.Suitable.Contains);
            hits += hit ? 1 : 0;
            firstHits += top3.Count > 0 && labelled.Suitable.Contains(top3[0]) ? 1 : 0;
            _output.WriteLine($"{(hit ? "hit " : "MISS")} {labelled.Name}: [{string.Join(", ", top3)}] suitable [{string.Join(", ", labelled.Suitable)}]");
        }

        var rate = (double)hits / LabelledCases.All.Count;
        _output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Top-3 hit rate: {hits}/{LabelledCases.All.Count} = {rate:P1}; top-1: {firstHits}/{LabelledCases.All.Count}"));
        Assert.True(rate >= TargetHitRate, string.Create(CultureInfo.InvariantCulture, $"Top-3 hit rate {rate:P1} is below {TargetHitRate:P0}."));
    }
}
