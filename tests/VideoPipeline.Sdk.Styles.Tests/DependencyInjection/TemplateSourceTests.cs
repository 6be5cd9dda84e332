using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace VideoPipeline.Sdk.Styles.Tests.DependencyInjection;

public sealed class TemplateSourceTests
{
    [Fact]
    public void TemplateFile_AddsItsTemplates_AndReplacesABuiltInTemplateWithTheSameId()
    {
        var replacement = TemplateJson.Valid("modern-commercial");
        replacement["name"] = "Our Modern Commercial";
        using var file = new TempFile(TemplateJson.Document(TemplateJson.Valid("brand-launch"), replacement));

        var manager = Managers.Create(options => options.TemplateFiles.Add(file.Path));

        Assert.Equal("Brand Launch", manager.GetTemplate("brand-launch")?.Name);
        Assert.Equal("Our Modern Commercial", manager.GetTemplate("modern-commercial")?.Name);
        Assert.Single(manager.GetTemplates(), template => template.Id == "modern-commercial");
    }

    [Fact]
    public void LaterFile_ReplacesAnEarlierOne_AndCodeTemplatesComeLast()
    {
        var first = TemplateJson.Valid("shared");
        var second = TemplateJson.Valid("shared");
        second["name"] = "From the second file";
        using var firstFile = new TempFile(TemplateJson.Document(first));
        using var secondFile = new TempFile(TemplateJson.Document(second));

        var fromFiles = Managers.Create(options =>
        {
            options.TemplateFiles.Add(firstFile.Path);
            options.TemplateFiles.Add(secondFile.Path);
        });
        var withCode = Managers.Create(options =>
        {
            options.TemplateFiles.Add(secondFile.Path);
            options.Templates.Add(SampleTemplates.Create("shared") with { Name = "From code" });
        });

        Assert.Equal("From the second file", fromFiles.GetTemplate("shared")?.Name);
        Assert.Equal("From code", withCode.GetTemplate("shared")?.Name);
    }

    [Fact]
    public async Task StartHost_BadTemplateFile_FailsNamingTheTemplateTheFieldAndThePath()
    {
        var template = TemplateJson.Valid("brand-launch");
        template["promptTemplate"] = "A product on a table";
        using var file = new TempFile(TemplateJson.Document(template));
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddVideoPipeline().AddStyles(options => options.TemplateFiles.Add(file.Path));
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        var failure = Assert.Single(error.Failures);
        Assert.StartsWith($"Style template 'brand-launch' in {file.Path} (VideoPipeline:Styles:TemplateFiles:0): promptTemplate at $.templates[0].promptTemplate is \"A product on a table\"; it must contain {{prompt}} exactly once", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingTemplateFile_FailsNamingTheKeyAndThePath()
    {
        var path = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.json");

        var error = Assert.Throws<OptionsValidationException>(() => Managers.Create(options => options.TemplateFiles.Add(path)));

        Assert.StartsWith($"VideoPipeline:Styles:TemplateFiles:0 is '{path}'; it must be a readable template file: ", Assert.Single(error.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public void OversizedTemplateFile_IsRejectedBeforeItIsRead()
    {
        using var file = new TempFile(string.Empty);
        using (var stream = File.OpenWrite(file.Path))
        {
            stream.SetLength((4 * 1024 * 1024) + 1);
        }

        var error = Assert.Throws<OptionsValidationException>(() => Managers.Create(options => options.TemplateFiles.Add(file.Path)));

        Assert.Equal($"VideoPipeline:Styles:TemplateFiles:0 is '{file.Path}'; it must be a template file of at most 4,194,304 bytes (4 MiB); it has 4,194,305.", Assert.Single(error.Failures));
    }

    [Fact]
    public void WithoutBuiltInTemplates_OnlyTheIntegratorsTemplatesAreLoaded()
    {
        var manager = Managers.Create(options =>
        {
            options.UseBuiltInTemplates = false;
            options.Templates.Add(SampleTemplates.Create("only-one"));
        });

        Assert.Equal("only-one", Assert.Single(manager.GetTemplates()).Id);
    }

    [Fact]
    public void BuiltInTemplate_WithAFormatTheRoutesDoNotOffer_IsLeftOutAndLogged()
    {
        var services = new ServiceCollection().AddFakeLogging().AddVideoPipeline()
            .AddStyles(options => options.SupportedAspectRatios.Remove("21:9"))
            .Services;
        using var provider = services.BuildServiceProvider();

        var manager = provider.GetRequiredService<IStyleTemplateManager>();

        Assert.Null(manager.GetTemplate("epic-cinematic"));
        Assert.NotNull(manager.GetTemplate("film-noir"));
        var record = Assert.Single(provider.GetFakeLogCollector().GetSnapshot(), r => r.Level == LogLevel.Information);
        Assert.Equal("Built-in style template 'epic-cinematic' is left out: its value \"21:9\" is not in VideoPipeline:Styles:SupportedAspectRatios. Add it there if your provider routes offer it.", record.Message);
    }

    [Fact]
    public void CodeTemplate_WithAnUnsupportedFrameRate_FailsNamingTheTemplateAndTheField()
    {
        var error = Assert.Throws<OptionsValidationException>(() =>
            Managers.Create(options => options.Templates.Add(SampleTemplates.Create("brand-x") with { FramesPerSecond = 48 })));

        Assert.Equal(
            "Style template 'brand-x' in StylesOptions.Templates: FramesPerSecond at StylesOptions.Templates[0].FramesPerSecond is 48; it must be one of the supported frame rates 24, 25, 30, 60 (VideoPipeline:Styles:SupportedFramesPerSecond: set them to what your provider routes offer).",
            Assert.Single(error.Failures));
    }

    [Fact]
    public void CodeTemplates_WithTheSameIdTwice_Fail()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Managers.Create(options =>
        {
            options.Templates.Add(SampleTemplates.Create("twin"));
            options.Templates.Add(SampleTemplates.Create("twin"));
        }));

        Assert.Contains("Style template 'twin' in StylesOptions.Templates: Id at StylesOptions.Templates[1].Id is \"twin\"; it must be unique", Assert.Single(error.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public void CodeTemplate_Null_FailsNamingItsPosition()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Managers.Create(options => options.Templates.Add(null!)));

        Assert.Equal("StylesOptions.Templates[0] is null; it must be a template.", Assert.Single(error.Failures));
    }

    [Fact]
    public void ConfigurationTemplates_AreReadInTheCatalogSchema_WithNumbersAsText()
    {
        var manager = CreateFromConfiguration(ConfigurationTemplate("brand-config"));

        var template = manager.GetTemplate("brand-config");

        Assert.NotNull(template);
        Assert.Equal("From configuration", template.Name);
        Assert.Equal(30, template.FramesPerSecond);
        Assert.Equal(TimeSpan.FromSeconds(5), template.ClipDuration);
        Assert.Equal(["wide shot", "close-up"], template.Camera.Shots);
        Assert.Equal(["calm"], template.Lighting[0].Moods);
        Assert.Equal(["business"], template.Tags.Audiences);
        Assert.NotNull(manager.GetTemplate("modern-commercial"));
    }

    [Fact]
    public void ConfigurationTemplate_Malformed_FailsNamingTheTemplateTheFieldAndTheKey()
    {
        var values = ConfigurationTemplate("brand-config");
        values["VideoPipeline:Styles:Templates:0:PromptTemplate"] = "{prompt} and {prompt}";
        values["VideoPipeline:Styles:Templates:0:Colour"] = "red";

        var error = Assert.Throws<OptionsValidationException>(() => CreateFromConfiguration(values));

        // Unknown fields are reported before any value is checked.
        Assert.Equal(
            "Style template 'brand-config' in configuration: Colour at VideoPipeline:Styles:Templates:0:Colour is not a field of schema version 1; the fields here are SchemaVersion, Id, Name, Category, Description, Tags, PromptTemplate, NegativePrompt, Camera, Lighting, Palette, AspectRatio, FramesPerSecond, ClipSeconds, Transitions, MusicMood, VoiceStyle, Typography.",
            Assert.Single(error.Failures));

        values.Remove("VideoPipeline:Styles:Templates:0:Colour");
        error = Assert.Throws<OptionsValidationException>(() => CreateFromConfiguration(values));
        Assert.StartsWith(
            "Style template 'brand-config' in configuration: PromptTemplate at VideoPipeline:Styles:Templates:0:PromptTemplate is \"{prompt} and {prompt}\"; it must contain each placeholder at most once",
            Assert.Single(error.Failures),
            StringComparison.Ordinal);
    }

    private static IStyleTemplateManager CreateFromConfiguration(Dictionary<string, string?> values)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        return new ServiceCollection().AddVideoPipeline()
            .AddStyles(configuration.GetSection(StylesOptions.SectionName))
            .Services.BuildServiceProvider()
            .GetRequiredService<IStyleTemplateManager>();
    }

    private static Dictionary<string, string?> ConfigurationTemplate(string id)
    {
        const string Prefix = "VideoPipeline:Styles:Templates:0:";
        return new Dictionary<string, string?>
        {
            [Prefix + "SchemaVersion"] = "1",
            [Prefix + "Id"] = id,
            [Prefix + "Name"] = "From configuration",
            [Prefix + "Category"] = "Corporate",
            [Prefix + "Description"] = "A template in appsettings.json.",
            [Prefix + "Tags:Audiences:0"] = "business",
            [Prefix + "PromptTemplate"] = "{shot} of {prompt}, {lighting}",
            [Prefix + "Camera:Shots:0"] = "wide shot",
            [Prefix + "Camera:Shots:1"] = "close-up",
            [Prefix + "Camera:Movements:0:Description"] = "static frame",
            [Prefix + "Camera:Lens"] = "50mm lens",
            [Prefix + "Lighting:0:Description"] = "soft key light",
            [Prefix + "Lighting:0:Moods:0"] = "calm",
            [Prefix + "Palette:Colors:0"] = "#0B1F3A",
            [Prefix + "Palette:Grade"] = "neutral grade",
            [Prefix + "AspectRatio"] = "16:9",
            [Prefix + "FramesPerSecond"] = "30",
            [Prefix + "ClipSeconds"] = "5",
            [Prefix + "MusicMood"] = "quiet piano",
            [Prefix + "VoiceStyle"] = "calm voice",
        };
    }
}
