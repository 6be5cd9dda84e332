using System.Text;
using System.Text.Json.Nodes;
using VideoPipeline.Sdk.Styles.Catalog.Internal;

namespace VideoPipeline.Sdk.Styles.Tests.Catalog;

public sealed class CatalogReaderTests
{
    private static readonly SupportedFormats DefaultFormats = SupportedFormats.From(new StylesOptions());

    public static TheoryData<string, Action<JsonObject>, string, string, string> MalformedTemplates => new()
    {
        { "unknown field", t => t["promt"] = "x", "promt", "$.templates[0].promt", "is not a field of schema version 1" },
        { "missing field", t => t.Remove("promptTemplate"), "promptTemplate", "$.templates[0].promptTemplate", "is missing; it is required" },
        { "no {prompt}", t => t["promptTemplate"] = "A cat on a sofa", "promptTemplate", "$.templates[0].promptTemplate", "it must contain {prompt} exactly once" },
        { "{prompt} twice", t => t["promptTemplate"] = "{prompt} and {prompt}", "promptTemplate", "$.templates[0].promptTemplate", "{prompt} appears more than once" },
        { "unknown placeholder", t => t["promptTemplate"] = "{prompt} in {city}", "promptTemplate", "$.templates[0].promptTemplate", "{city} is not one of them" },
        { "unsupported aspect ratio", t => t["aspectRatio"] = "3:2", "aspectRatio", "$.templates[0].aspectRatio", "it must be one of the supported aspect ratios 16:9, 9:16, 1:1, 4:5, 21:9" },
        { "malformed aspect ratio", t => t["aspectRatio"] = "16x9", "aspectRatio", "$.templates[0].aspectRatio", "it must be an aspect ratio" },
        { "unsupported fps", t => t["framesPerSecond"] = 48, "framesPerSecond", "$.templates[0].framesPerSecond", "it must be one of the supported frame rates 24, 25, 30, 60" },
        { "fps of the wrong type", t => t["framesPerSecond"] = "fast", "framesPerSecond", "$.templates[0].framesPerSecond", "is \"fast\"; it must be a number" },
        { "schema version 2", t => t["schemaVersion"] = 2, "schemaVersion", "$.templates[0].schemaVersion", "is 2; it must be 1" },
        { "unknown category", t => t["category"] = "documentary", "category", "$.templates[0].category", "it must be one of cinematic, commercial, artistic, educational, social, corporate" },
        { "category in another case", t => t["category"] = "Commercial", "category", "$.templates[0].category", "it must be one of" },
        { "bad colour", t => t["palette"]!["colors"]!.AsArray().Add("#12345"), "colors[2]", "$.templates[0].palette.colors[2]", "it must be a hex colour" },
        { "unknown nested field", t => t["camera"]!["zoom"] = "2x", "zoom", "$.templates[0].camera.zoom", "the fields here are shots, movements, lens" },
        { "bad tag", t => t["tags"]!["audiences"] = new JsonArray("Young Adults"), "audiences[0]", "$.templates[0].tags.audiences[0]", "it must be a kebab-case tag" },
        { "no shots", t => t["camera"]!["shots"] = new JsonArray(), "shots", "$.templates[0].camera.shots", "has 0 item(s); it must have between 1 and 12 items" },
        { "clip too long", t => t["clipSeconds"] = 0.5, "clipSeconds", "$.templates[0].clipSeconds", "it must be between 1 and 60 seconds" },
        { "movement without description", t => t["camera"]!["movements"]![1]!.AsObject().Remove("description"), "description", "$.templates[0].camera.movements[1].description", "is missing" },
        { "name too long", t => t["name"] = new string('n', 101), "name", "$.templates[0].name", "it must be at most 100 characters long" },
        { "lighting not a list", t => t["lighting"] = "soft", "lighting", "$.templates[0].lighting", "is \"soft\"; it must be a list" },
    };

    [Theory]
    [MemberData(nameof(MalformedTemplates))]
    public void MalformedTemplate_Throws_NamingTheTemplateTheFieldAndThePath(string change, Action<JsonObject> mutate, string field, string path, string reason)
    {
        var template = TemplateJson.Valid();
        mutate(template);

        var exception = Assert.Throws<StyleCatalogFormatException>(() => Read(TemplateJson.Document(template)));

        Assert.True(exception.TemplateId == "brand-launch", change);
        Assert.Equal(field, exception.Field);
        Assert.Equal(path, exception.Path);
        Assert.Equal("test.json", exception.CatalogSource);
        Assert.StartsWith($"Style template 'brand-launch' in test.json: {field} at {path} ", exception.Message, StringComparison.Ordinal);
        Assert.Contains(reason, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TemplateWithoutAValidId_IsNamedByItsPosition()
    {
        var template = TemplateJson.Valid("Modern Commercial");

        var exception = Assert.Throws<StyleCatalogFormatException>(() => Read(TemplateJson.Document(TemplateJson.Valid("first"), template)));

        Assert.Null(exception.TemplateId);
        Assert.Equal("$.templates[1].id", exception.Path);
        Assert.StartsWith("Style template #1 in test.json: id at $.templates[1].id is \"Modern Commercial\"; it must be lower-case kebab case", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SameIdTwiceInOneSource_Throws_NamingBothPositions()
    {
        var exception = Assert.Throws<StyleCatalogFormatException>(() => Read(TemplateJson.Document(TemplateJson.Valid("twin"), TemplateJson.Valid("twin"))));

        Assert.Equal("id", exception.Field);
        Assert.Equal("$.templates[1].id", exception.Path);
        Assert.Contains("it must be unique in the source, and template #0 has it too", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RepeatedField_Throws()
    {
        var json = TemplateJson.Document(TemplateJson.Valid()).Replace("\"name\":\"Brand Launch\"", "\"name\":\"Brand Launch\",\"name\":\"Again\"", StringComparison.Ordinal);

        var exception = Assert.Throws<StyleCatalogFormatException>(() => Read(json));

        Assert.Equal("$.templates[0].name", exception.Path);
        Assert.Contains("appears more than once", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ \"templates\": [ ", "is not valid JSON")]
    [InlineData("[]", "the document at $ is a list; it must be an object")]
    [InlineData("{}", "templates at $.templates is missing; it is required")]
    [InlineData("{ \"templates\": {} }", "templates at $.templates is an object; it must be a list of templates")]
    [InlineData("{ \"templates\": [], \"presets\": [] }", "presets at $.presets is not a field of schema version 1")]
    [InlineData("{ \"templates\": [ 42 ] }", "Style template #0 in test.json: the template at $.templates[0] is 42; it must be an object")]
    public void MalformedDocument_Throws_NamingTheSourceAndWhere(string json, string reason)
    {
        var exception = Assert.Throws<StyleCatalogFormatException>(() => Read(json));

        Assert.Contains("test.json", exception.Message, StringComparison.Ordinal);
        Assert.Contains(reason, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidDocument_ReadsEveryField()
    {
        var template = Assert.Single(Read(TemplateJson.Document(TemplateJson.Valid())).Templates);

        Assert.Equal("brand-launch", template.Id);
        Assert.Equal(StyleCategory.Commercial, template.Category);
        Assert.Equal(["upbeat", "bold"], template.Tags.Moods);
        Assert.Equal(["business"], template.Tags.Audiences);
        Assert.Equal(["wide shot", "medium shot", "close-up"], template.Camera.Shots);
        Assert.Equal("fast whip pan", template.Camera.Movements[1].Description);
        Assert.Equal(["energetic", "bold"], template.Camera.Movements[1].Moods);
        Assert.Equal(["#112233", "#ABCDEF"], template.Palette.Colors);
        Assert.Equal(new AspectRatio(16, 9), template.AspectRatio);
        Assert.Equal(30, template.FramesPerSecond);
        Assert.Equal(TimeSpan.FromSeconds(5), template.ClipDuration);
        Assert.Equal(["hard cut", "whip pan"], template.Transitions);
        Assert.Equal("Inter", template.Typography!.FontFamily);
    }

    [Fact]
    public void OptionalFields_MayBeLeftOut()
    {
        var json = TemplateJson.Valid();
        foreach (var optional in new[] { "tags", "negativePrompt", "transitions", "typography" })
        {
            json.Remove(optional);
        }

        var template = Assert.Single(Read(TemplateJson.Document(json)).Templates);

        Assert.True(template.Tags.IsEmpty);
        Assert.Empty(template.NegativePrompt);
        Assert.Empty(template.Transitions);
        Assert.Null(template.Typography);
    }

    [Fact]
    public void UnsupportedFormat_InASkippingSource_IsLeftOut_NotAnError()
    {
        var wide = TemplateJson.Valid("wide");
        wide["aspectRatio"] = "3:2";

        var result = StyleCatalogReader.ReadDocument(Encoding.UTF8.GetBytes(TemplateJson.Document(TemplateJson.Valid(), wide)), "built-in", DefaultFormats, skipUnsupported: true);

        Assert.Equal("brand-launch", Assert.Single(result.Templates).Id);
        Assert.Equal(new SkippedTemplate("wide", "SupportedAspectRatios", "\"3:2\""), Assert.Single(result.Skipped));
    }

    private static CatalogReadResult Read(string json) =>
        StyleCatalogReader.ReadDocument(Encoding.UTF8.GetBytes(json), "test.json", DefaultFormats, skipUnsupported: false);
}
