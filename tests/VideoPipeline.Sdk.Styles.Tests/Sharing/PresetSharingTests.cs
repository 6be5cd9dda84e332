using System.Text.Json.Nodes;
using VideoPipeline.Sdk.Styles.Tests.Presets;

namespace VideoPipeline.Sdk.Styles.Tests.Sharing;

public sealed class PresetSharingTests
{
    private static readonly StylePreset Stored = PresetFixture.Preset() with
    {
        Version = 7,
        CreatedAt = new DateTimeOffset(2025, 1, 2, 3, 4, 5, 678, TimeSpan.FromHours(2)).AddTicks(9),
        UpdatedAt = new DateTimeOffset(2025, 2, 3, 4, 5, 6, TimeSpan.Zero),
        Overrides = PresetFixture.Preset().Overrides with { ClipDuration = TimeSpan.FromTicks(45_123_457), FramesPerSecond = 29.97, CameraMovement = "slow orbit", ColorGrade = "teal grade", VoiceStyle = "warm voice" },
    };

    [Fact]
    public void Export_ThenRead_GivesEqualPresets()
    {
        var other = PresetFixture.Preset("plain", "bob", PresetVisibility.Private) with { Description = "", Tags = new StyleTags(), Overrides = new StyleOverrides() };

        var bundle = StylePresetSharing.Export([Stored, other]);

        Assert.Equal([Stored, other], StylePresetSharing.Read(bundle));
        Assert.Equal(1, (int)JsonNode.Parse(bundle)!["schemaVersion"]!);
        Assert.Equal(Stored, Assert.Single(StylePresetSharing.Read(StylePresetSharing.Export(Stored))));
    }

    [Fact]
    public void ShareCode_DecodesToTheSamePreset_AndIsUrlSafe()
    {
        var code = StylePresetSharing.ToShareCode(Stored);

        Assert.StartsWith("sp1.", code, StringComparison.Ordinal);
        Assert.Matches("^sp1\\.[A-Za-z0-9_-]+$", code);
        Assert.True(code.Length < StylePresetSharing.Export(Stored).Length);
        Assert.Equal(Stored, StylePresetSharing.FromShareCode(code));
    }

    [Fact]
    public void ShareCode_CorruptedOrTruncatedOrForeign_IsAFormatException()
    {
        var code = StylePresetSharing.ToShareCode(Stored);
        var flipped = code[..20] + (code[20] == 'A' ? 'B' : 'A') + code[21..];

        Assert.Contains("corrupted", Assert.Throws<FormatException>(() => StylePresetSharing.FromShareCode(flipped)).Message, StringComparison.Ordinal);
        Assert.Contains("share code", Assert.Throws<FormatException>(() => StylePresetSharing.FromShareCode(code[..(code.Length / 2)])).Message, StringComparison.Ordinal);
        Assert.Equal("This style preset share code is truncated: it is too short to hold a preset.", Assert.Throws<FormatException>(() => StylePresetSharing.FromShareCode("sp1.AAA")).Message);
        Assert.Equal("This is not a style preset share code: it must start with 'sp1.'.", Assert.Throws<FormatException>(() => StylePresetSharing.FromShareCode("https://example.com/?x=1")).Message);
        Assert.Contains("base64url", Assert.Throws<FormatException>(() => StylePresetSharing.FromShareCode("sp1.not base64!")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ANewerSchema_IsRefusedWithAClearMessage()
    {
        var bundle = new JsonObject { ["schemaVersion"] = 2, ["presets"] = new JsonArray(), ["futureField"] = true }.ToJsonString();
        var preset = JsonNode.Parse(StylePresetSharing.Export(Stored))!;
        preset["presets"]![0]!["schemaVersion"] = 3;

        Assert.Equal("This bundle was written by a newer schema (2); this version reads 1.", Assert.Throws<FormatException>(() => StylePresetSharing.Read(bundle)).Message);
        Assert.Equal("Style preset bundle: the preset at $.presets[0] was written by a newer schema (3); this version reads 1.",
            Assert.Throws<FormatException>(() => StylePresetSharing.Read(preset.ToJsonString())).Message);
    }

    [Theory]
    [InlineData("colour", "Style preset bundle: colour at $.presets[0].overrides.colour is not a field of schema version 1")]
    [InlineData("Name", "Style preset bundle: Name at $.presets[0].overrides.Name is not a field of schema version 1")]
    public void Read_AnUnknownField_NamesItAndItsPath(string field, string expectedStart)
    {
        var bundle = JsonNode.Parse(StylePresetSharing.Export(Stored))!;
        bundle["presets"]![0]!["overrides"]![field] = "x";

        var exception = Assert.Throws<FormatException>(() => StylePresetSharing.Read(bundle.ToJsonString()));

        Assert.StartsWith(expectedStart, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BadValues_NameTheFieldAndPath()
    {
        string Fails(Action<JsonNode> change)
        {
            var bundle = JsonNode.Parse(StylePresetSharing.Export(Stored))!;
            change(bundle["presets"]![0]!);
            return Assert.Throws<FormatException>(() => StylePresetSharing.Read(bundle.ToJsonString())).Message;
        }

        Assert.Equal("Style preset bundle: name at $.presets[0].name is missing; it is required.", Fails(preset => preset.AsObject().Remove("name")));
        Assert.Equal("Style preset bundle: visibility at $.presets[0].visibility is \"everyone\"; it must be private or public.", Fails(preset => preset["visibility"] = "everyone"));
        Assert.Equal("Style preset bundle: framesPerSecond at $.presets[0].overrides.framesPerSecond is \"fast\"; it must be a number.", Fails(preset => preset["overrides"]!["framesPerSecond"] = "fast"));
        Assert.StartsWith("Style preset bundle: the value at $.presets[0] is invalid: Id is \"Bad Id\"", Fails(preset => preset["id"] = "Bad Id"), StringComparison.Ordinal);
        Assert.StartsWith("Style preset bundle is not valid JSON", Assert.Throws<FormatException>(() => StylePresetSharing.Read("{")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_NeverOverwritesAnotherOwnersPreset_AndReportsEachOutcome()
    {
        var fixture = new PresetFixture();
        var bobs = await fixture.Manager.CreatePresetAsync(PresetFixture.Preset("shared-look", "bob"));
        await fixture.Manager.CreatePresetAsync(PresetFixture.Preset("alices-own", "alice"));
        var bundle = StylePresetSharing.Export(
        [
            PresetFixture.Preset("shared-look", "mallory") with { Name = "Hijacked" },
            PresetFixture.Preset("alices-own", "someone") with { Name = "Alice's, replaced" },
            PresetFixture.Preset("brand-new", "someone"),
            PresetFixture.Preset("film-noir", "someone"),
            PresetFixture.Preset("bad-template", "someone") with { TemplateId = "no-such-template" },
        ]);

        var results = await fixture.Manager.ImportPresetsAsync(StylePresetSharing.Read(bundle), "alice");

        Assert.Equal(
            [PresetImportOutcome.SkippedConflict, PresetImportOutcome.Replaced, PresetImportOutcome.Imported, PresetImportOutcome.SkippedConflict, PresetImportOutcome.SkippedInvalid],
            results.Select(result => result.Outcome));
        Assert.Equal("Another owner has a preset with the id 'shared-look'; it was left as it is.", results[0].Reason);
        Assert.StartsWith("TemplateId is \"no-such-template\"", results[4].Reason, StringComparison.Ordinal);
        Assert.Equal(bobs, await fixture.Manager.GetPresetAsync("shared-look"));
        Assert.Equal(("alice", 2L, "Alice's, replaced"), (results[1].Preset!.Owner, results[1].Preset!.Version, results[1].Preset!.Name));
        Assert.Equal(["alices-own", "brand-new"], (await fixture.Manager.ListPresetsAsync("alice")).Select(preset => preset.Id));
    }

    [Fact]
    public async Task Import_FromAShareCode_StoresThePresetUnderTheImporter()
    {
        var fixture = new PresetFixture();
        var shared = Stored with { Overrides = Stored.Overrides with { FramesPerSecond = 30 } };

        var result = Assert.Single(await fixture.Manager.ImportPresetsAsync([StylePresetSharing.FromShareCode(StylePresetSharing.ToShareCode(shared))], "carol"));

        Assert.Equal(PresetImportOutcome.Imported, result.Outcome);
        Assert.Equal(shared with { Owner = "carol", Version = 1, CreatedAt = fixture.Time.GetUtcNow(), UpdatedAt = fixture.Time.GetUtcNow() }, result.Preset);
    }
}
