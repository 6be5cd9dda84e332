using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace VideoPipeline.Sdk.Styles.Tests.DependencyInjection;

public sealed class StylesOptionsValidationTests
{
    public static TheoryData<Action<StylesOptions>, string> InvalidOptions => new()
    {
        { options => options.MaxScenes = 0, "VideoPipeline:Styles:MaxScenes is 0; it must be between 1 and 10000." },
        { options => options.MaxScenes = 10_001, "VideoPipeline:Styles:MaxScenes is 10001; it must be between 1 and 10000." },
        { options => options.MaxSceneLength = 99, "VideoPipeline:Styles:MaxSceneLength is 99; it must be between 100 and 100000." },
        { options => options.SupportedAspectRatios.Clear(), "VideoPipeline:Styles:SupportedAspectRatios is empty; it must be a list of at least one aspect ratio." },
        { options => options.SupportedAspectRatios.Add("16x9"), "VideoPipeline:Styles:SupportedAspectRatios:5 is '16x9'; it must be two whole numbers from 1 to 100 separated by a colon, such as 16:9." },
        { options => options.SupportedFramesPerSecond.Clear(), "VideoPipeline:Styles:SupportedFramesPerSecond is empty; it must be a list of at least one frame rate." },
        { options => options.SupportedFramesPerSecond.Add(0), "VideoPipeline:Styles:SupportedFramesPerSecond:4 is 0; it must be between 1 and 240." },
        { options => options.SupportedFramesPerSecond.Add(double.NaN), "VideoPipeline:Styles:SupportedFramesPerSecond:4 is NaN; it must be between 1 and 240." },
        { options => options.TemplateFiles.Add(" "), "VideoPipeline:Styles:TemplateFiles:0 is ' '; it must be the path of a template file." },
    };

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public void InvalidValue_FailsValidation_NamingTheKeyTheValueAndTheRange(Action<StylesOptions> configure, string expected)
    {
        using var provider = new ServiceCollection().AddVideoPipeline().AddStyles(configure).Services.BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStyleTemplateManager>());

        Assert.Equal([expected], exception.Failures);
    }

    [Fact]
    public async Task StartHost_InvalidConfiguredValue_FailsNamingTheKey()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["VideoPipeline:Styles:SupportedFramesPerSecond:0"] = "500" });
        builder.Services.AddVideoPipeline().AddStyles(builder.Configuration.GetSection(StylesOptions.SectionName));
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("VideoPipeline:Styles:SupportedFramesPerSecond:0 is 500; it must be between 1 and 240.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Defaults_AndTheEdgesOfEachRange_AreValid()
    {
        var options = new StylesOptions();

        Assert.True(options.UseBuiltInTemplates);
        Assert.Equal(["16:9", "9:16", "1:1", "4:5", "21:9"], options.SupportedAspectRatios);
        Assert.Equal([24, 25, 30, 60], options.SupportedFramesPerSecond);
        Assert.Equal((500, 4_000), (options.MaxScenes, options.MaxSceneLength));
        Assert.NotEmpty(Managers.Create(o => (o.MaxScenes, o.MaxSceneLength) = (10_000, 100)).GetTemplates());
        Assert.NotEmpty(Managers.Create(o => (o.MaxScenes, o.MaxSceneLength) = (1, 100_000)).GetTemplates());
    }
}
