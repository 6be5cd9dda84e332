using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace VideoPipeline.Sdk.Styles.Tests.DependencyInjection;

public sealed class StylesBuilderExtensionsTests
{
    [Fact]
    public void AddStyles_ResolvesOneSingletonManager_WithTheBuiltInCatalog()
    {
        using var provider = new ServiceCollection().AddVideoPipeline().AddStyles().Services.BuildServiceProvider(validateScopes: true);

        var manager = provider.GetRequiredService<IStyleTemplateManager>();

        Assert.Same(manager, provider.GetRequiredService<IStyleTemplateManager>());
        Assert.NotNull(manager.GetTemplate("modern-commercial"));
    }

    [Fact]
    public void AddStyles_CalledAgain_RegistersNothingTwice_AndKeepsEveryConfiguration()
    {
        var services = new ServiceCollection();
        services.AddVideoPipeline()
            .AddStyles()
            .AddStyles(options => options.MaxScenes = 20)
            .AddStyles(options => options.UseBuiltInTemplates = false);

        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<IOptions<StylesOptions>>().Value;

        Assert.Single(services, descriptor => descriptor.ServiceType == typeof(IStyleTemplateManager));
        Assert.Single(services, descriptor => descriptor.ServiceType == typeof(IStyleRecommender));
        var validators = services.Where(descriptor => descriptor.ServiceType == typeof(IValidateOptions<StylesOptions>)).Select(descriptor => descriptor.ImplementationType).ToList();
        Assert.Equal(validators.Distinct().Count(), validators.Count);
        Assert.Equal((20, false), (options.MaxScenes, options.UseBuiltInTemplates));
        Assert.Empty(provider.GetRequiredService<IStyleTemplateManager>().GetTemplates());
    }

    [Fact]
    public void AddStyles_WithASection_BindsTheOptions_AndConfiguredListsReplaceTheDefaults()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["VideoPipeline:Styles:MaxScenes"] = "12",
                ["VideoPipeline:Styles:SupportedAspectRatios:0"] = "16:9",
                ["VideoPipeline:Styles:SupportedAspectRatios:1"] = "9:16",
                ["VideoPipeline:Styles:SupportedFramesPerSecond:0"] = "24",
                ["VideoPipeline:Styles:SupportedFramesPerSecond:1"] = "30",
            })
            .Build();
        using var provider = new ServiceCollection().AddVideoPipeline()
            .AddStyles(configuration.GetSection(StylesOptions.SectionName))
            .Services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<StylesOptions>>().Value;
        var templates = provider.GetRequiredService<IStyleTemplateManager>().GetTemplates();

        Assert.Equal(12, options.MaxScenes);
        Assert.Equal(["16:9", "9:16"], options.SupportedAspectRatios);
        Assert.Equal([24, 30], options.SupportedFramesPerSecond);
        Assert.NotEmpty(templates);
        Assert.All(templates, template => Assert.Contains(template.AspectRatio.ToString(), options.SupportedAspectRatios));
        Assert.All(templates, template => Assert.Contains(template.FramesPerSecond, options.SupportedFramesPerSecond));
    }

    [Fact]
    public void IntegratorsManager_RegisteredFirst_Wins()
    {
        var own = Managers.Create(options => options.UseBuiltInTemplates = false);
        using var provider = new ServiceCollection().AddSingleton(own).AddVideoPipeline().AddStyles().Services.BuildServiceProvider();

        Assert.Same(own, provider.GetRequiredService<IStyleTemplateManager>());
    }

    [Fact]
    public async Task StartHost_DefaultOptions_Starts()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddVideoPipeline().AddStyles(builder.Configuration.GetSection(StylesOptions.SectionName));
        using var host = builder.Build();

        await host.StartAsync();
        var manager = host.Services.GetRequiredService<IStyleTemplateManager>();
        await host.StopAsync();

        Assert.True(manager.GetTemplates().Count >= 18);
    }

    [Fact]
    public void NullArguments_AreRejected_ByName()
    {
        var pipeline = new ServiceCollection().AddVideoPipeline();

        Assert.Equal("builder", Assert.Throws<ArgumentNullException>(() => StylesBuilderExtensions.AddStyles(null!)).ParamName);
        Assert.Equal("section", Assert.Throws<ArgumentNullException>(() => pipeline.AddStyles((IConfigurationSection)null!)).ParamName);
        Assert.Equal("configure", Assert.Throws<ArgumentNullException>(() => pipeline.AddStyles((Action<StylesOptions>)null!)).ParamName);
    }
}
