using System.Text.Json.Nodes;

namespace VideoPipeline.Sdk.Styles.Tests;

/// <summary>A valid template in the catalog's JSON schema, to change one field at a time, and documents around templates.</summary>
internal static class TemplateJson
{
    public static JsonObject Valid(string id = "brand-launch") => new()
    {
        ["schemaVersion"] = 1,
        ["id"] = id,
        ["name"] = "Brand Launch",
        ["category"] = "commercial",
        ["description"] = "A bright launch film for a new product.",
        ["tags"] = new JsonObject
        {
            ["moods"] = new JsonArray("upbeat", "bold"),
            ["audiences"] = new JsonArray("business"),
        },
        ["promptTemplate"] = "{shot} of {prompt}, {movement}, {lighting}, {lens}, {grade}, brand film",
        ["negativePrompt"] = "blurry, watermark",
        ["camera"] = new JsonObject
        {
            ["shots"] = new JsonArray("wide shot", "medium shot", "close-up"),
            ["movements"] = new JsonArray(
                new JsonObject { ["description"] = "slow push-in", ["moods"] = new JsonArray("calm") },
                new JsonObject { ["description"] = "fast whip pan", ["moods"] = new JsonArray("energetic", "bold") }),
            ["lens"] = "35mm lens",
        },
        ["lighting"] = new JsonArray(
            new JsonObject { ["description"] = "soft daylight", ["moods"] = new JsonArray("calm") },
            new JsonObject { ["description"] = "hard contrast light", ["moods"] = new JsonArray("bold") }),
        ["palette"] = new JsonObject
        {
            ["colors"] = new JsonArray("#112233", "#abcdef"),
            ["grade"] = "clean bright grade",
        },
        ["aspectRatio"] = "16:9",
        ["framesPerSecond"] = 30,
        ["clipSeconds"] = 5,
        ["transitions"] = new JsonArray("hard cut", "whip pan"),
        ["musicMood"] = "upbeat pop",
        ["voiceStyle"] = "friendly voice",
        ["typography"] = new JsonObject { ["fontFamily"] = "Inter", ["treatment"] = "bold lower-thirds" },
    };

    public static string Document(params JsonObject[] templates) =>
        new JsonObject { ["templates"] = new JsonArray([.. templates]) }.ToJsonString();
}
