using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using VideoPipeline.Sdk.Styles;
using VideoPipeline.Sdk.Styles.Recommendations.Internal;

namespace VideoPipeline.Sdk.Benchmarks.Styles;

/// <summary>
/// Recommending templates over the built-in catalog plus 10,000 synthetic templates (copies of the catalog's with seeded,
/// reshuffled tags; presets are not in this part of the package, so these stand in for public presets on the same scoring
/// path), with usage analytics for a tenth of them, for a brief with a mood, a purpose, an audience, a platform and a short
/// script. The floor is the least any tag-based ranking costs: one plain loop that counts, per template, how many of the
/// brief's tags it carries, keeping the best, with no synonyms, frames, cues, popularity, sorting or reasons.
/// </summary>
[MemoryDiagnoser]
public class RecommendationBenchmarks
{
    private const int SyntheticTemplates = 10_000;

    private static readonly string[] BriefTags = ["energetic", "product-launch", "gen-z", "tiktok"];

    private ServiceProvider _services = null!;
    private StyleRecommender _recommender = null!;
    private StyleTemplate[] _templates = [];
    private StyleRecommendationCriteria _criteria = null!;

    [GlobalSetup]
    public void Setup()
    {
        _services = new ServiceCollection().AddVideoPipeline().AddStyles().Services.BuildServiceProvider();
        var catalog = _services.GetRequiredService<IStyleTemplateManager>().GetTemplates();
        var analytics = _services.GetRequiredService<IStyleUsageAnalytics>();
        var random = new Random(20_250_101);
        var tagPool = catalog.Select(template => template.Tags).ToArray();
        _templates =
        [
            .. catalog,
            .. Enumerable.Range(0, SyntheticTemplates).Select(index =>
            {
                var source = catalog[index % catalog.Count];
                var tags = tagPool[random.Next(tagPool.Length)];
                return source with
                {
                    Id = $"{source.Id}-variant-{index}",
                    Tags = new StyleTags
                    {
                        Moods = source.Tags.Moods.Take(2).Concat(tags.Moods.Take(2)).ToArray(),
                        Purposes = tags.Purposes,
                        Audiences = source.Tags.Audiences,
                        Platforms = tags.Platforms,
                    },
                };
            }),
        ];

        for (var index = 0; index < _templates.Length; index += 10)
        {
            analytics.RecordRating(_templates[index].Id, random.Next(1, 6));
            analytics.RecordUse(_templates[index].Id);
        }

        _recommender = new StyleRecommender(_templates, analytics, 0.2);
        _criteria = new StyleRecommendationCriteria
        {
            Moods = ["energetic"],
            Purposes = ["product launch"],
            Audiences = ["gen z"],
            Platforms = ["tiktok"],
            Script = "Introducing the new sneakers: built for the race, the gym and the street.",
        };
        Console.WriteLine($"// {_templates.Length} templates; top: {string.Join(", ", _recommender.GetRecommendedTemplates(_criteria).Select(recommendation => recommendation.Template.Id))}");
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    [Benchmark(Baseline = true)]
    public StyleTemplate? CountTagOverlapPerTemplate()
    {
        StyleTemplate? best = null;
        var bestScore = -1;
        foreach (var template in _templates)
        {
            var score = 0;
            foreach (var tag in BriefTags)
            {
                if (template.Tags.Moods.Contains(tag) || template.Tags.Purposes.Contains(tag) || template.Tags.Audiences.Contains(tag) || template.Tags.Platforms.Contains(tag))
                {
                    score++;
                }
            }

            if (score > bestScore)
            {
                best = template;
                bestScore = score;
            }
        }

        return best;
    }

    [Benchmark]
    public IReadOnlyList<StyleRecommendation> GetRecommendedTemplates() => _recommender.GetRecommendedTemplates(_criteria);
}
