using System.Text.Json;
using VideoPipeline.Sdk.Styles.Catalog.Internal;

namespace VideoPipeline.Sdk.Styles.Tests.Catalog;

public sealed class BuiltInCatalogTests
{
    [Fact]
    public void BuiltInCatalog_HasAtLeastThreeTemplatesInEveryCategory()
    {
        var templates = Managers.Create().GetTemplates();

        foreach (var category in Enum.GetValues<StyleCategory>())
        {
            Assert.True(templates.Count(template => template.Category == category) >= 3, $"{category} has fewer than three templates.");
        }

        Assert.True(templates.Count >= 18);
        Assert.Equal(StyleCategory.Commercial, Assert.Single(templates, template => template.Id == "modern-commercial").Category);
    }

    [Fact]
    public void BuiltInCatalog_ReadsStrictly_WithNothingLeftOut_UnderTheDefaultFormats()
    {
        var formats = SupportedFormats.From(new StylesOptions());

        var result = StyleCatalogReader.ReadDocument(StyleCatalogLoader.ReadBuiltInCatalog(), StyleCatalogLoader.BuiltInSource, formats, skipUnsupported: false);

        Assert.Empty(result.Skipped);
        Assert.Equal(result.Templates.Count, result.Templates.Select(template => template.Id).Distinct().Count());
        Assert.All(result.Templates, template => Assert.Equal(StyleTemplate.CurrentSchemaVersion, template.SchemaVersion));
    }

    [Fact]
    public void EveryBuiltInTemplate_IsComplete_AndUsesItsCameraAndLightingInThePrompt()
    {
        foreach (var template in Managers.Create().GetTemplates())
        {
            Assert.Contains("{prompt}", template.PromptTemplate, StringComparison.Ordinal);
            Assert.Contains("{shot}", template.PromptTemplate, StringComparison.Ordinal);
            Assert.Contains("{lighting}", template.PromptTemplate, StringComparison.Ordinal);
            Assert.NotEmpty(template.NegativePrompt);
            Assert.True(template.Camera.Shots.Count >= 3, template.Id);
            Assert.True(template.Camera.Movements.Count >= 3, template.Id);
            Assert.True(template.Lighting.Count >= 3, template.Id);
            Assert.All(template.Camera.Movements.Concat(template.Lighting), choice => Assert.NotEmpty(choice.Moods));
            Assert.NotEmpty(template.Tags.Moods);
            Assert.NotEmpty(template.Tags.Purposes);
            Assert.NotEmpty(template.Tags.Audiences);
            Assert.NotEmpty(template.Tags.Platforms);
            Assert.NotEmpty(template.Transitions);
            Assert.NotNull(template.Typography);
        }
    }

    [Fact]
    public void BuiltInCatalogJson_DeclaresSchemaVersion1_OnEveryTemplate()
    {
        using var document = JsonDocument.Parse(StyleCatalogLoader.ReadBuiltInCatalog());

        var versions = document.RootElement.GetProperty("templates").EnumerateArray().Select(template => template.GetProperty("schemaVersion").GetInt32());

        Assert.All(versions, version => Assert.Equal(1, version));
    }
}
