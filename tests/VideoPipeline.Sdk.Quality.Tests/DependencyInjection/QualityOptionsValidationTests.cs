using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace VideoPipeline.Sdk.Quality.Tests.DependencyInjection;

public sealed class QualityOptionsValidationTests
{
    public static TheoryData<Action<QualityOptions>, string> InvalidOptions => new()
    {
        { options => options.WordsPerMinute = 59, "VideoPipeline:Quality:WordsPerMinute is 59; it must be between 60 and 400." },
        { options => options.WordsPerMinute = 401, "VideoPipeline:Quality:WordsPerMinute is 401; it must be between 60 and 400." },
        { options => options.WordsPerMinute = double.NaN, "VideoPipeline:Quality:WordsPerMinute is NaN; it must be between 60 and 400." },
        { options => options.SecondsPerShot = 0.5, "VideoPipeline:Quality:SecondsPerShot is 0.5; it must be between 1 and 60." },
        { options => options.SecondsPerShot = 61, "VideoPipeline:Quality:SecondsPerShot is 61; it must be between 1 and 60." },
        { options => options.SecondsPerScene = 4, "VideoPipeline:Quality:SecondsPerScene is 4; it must be between 5 and 600." },
        { options => options.SecondsPerScene = double.PositiveInfinity, "VideoPipeline:Quality:SecondsPerScene is Infinity; it must be between 5 and 600." },
    };

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public void InvalidValue_FailsValidation_NamingTheKeyTheValueAndTheRange(Action<QualityOptions> configure, string expected)
    {
        using var provider = new ServiceCollection().AddVideoPipeline().AddQuality(configure).Services.BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IContentAnalyzer>());

        Assert.Equal([expected], exception.Failures);
    }

    [Fact]
    public void Defaults_AndTheEdgesOfEachRange_AreValid()
    {
        using var defaults = new ServiceCollection().AddVideoPipeline().AddQuality().Services.BuildServiceProvider();
        using var edges = new ServiceCollection().AddVideoPipeline()
            .AddQuality(options => (options.WordsPerMinute, options.SecondsPerShot, options.SecondsPerScene) = (400, 1, 600))
            .Services.BuildServiceProvider();

        var options = defaults.GetRequiredService<IOptions<QualityOptions>>().Value;

        Assert.Equal((150, 3, 30), (options.WordsPerMinute, options.SecondsPerShot, options.SecondsPerScene));
        Assert.NotNull(edges.GetRequiredService<IContentAnalyzer>());
    }
}
