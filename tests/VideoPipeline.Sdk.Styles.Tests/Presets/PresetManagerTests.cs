namespace VideoPipeline.Sdk.Styles.Tests.Presets;

public sealed class PresetManagerTests
{
    private readonly PresetFixture _fixture = new();

    private IStylePresetManager Manager => _fixture.Manager;

    [Fact]
    public async Task CreatePreset_StoresVersionOne_WithTheClocksTime()
    {
        var created = await Manager.CreatePresetAsync(PresetFixture.Preset());

        Assert.Equal(1, created.Version);
        Assert.Equal(_fixture.Time.GetUtcNow(), created.CreatedAt);
        Assert.Equal(created.CreatedAt, created.UpdatedAt);
        Assert.Equal(created, await Manager.GetPresetAsync("Launch-Look"));
    }

    [Fact]
    public async Task UpdatePreset_ByTheOwner_BumpsTheVersion_AndKeepsCreatedAt()
    {
        var created = await Manager.CreatePresetAsync(PresetFixture.Preset());
        _fixture.Time.Advance(TimeSpan.FromMinutes(5));

        var updated = await Manager.UpdatePresetAsync(created with { Name = "Launch Look v2" }, created.Version);

        Assert.Equal((2L, "Launch Look v2"), (updated.Version, updated.Name));
        Assert.Equal(created.CreatedAt, updated.CreatedAt);
        Assert.Equal(created.CreatedAt.AddMinutes(5), updated.UpdatedAt);
    }

    [Fact]
    public async Task UpdateAndDelete_ByAnotherOwner_AreRefused_AndChangeNothing()
    {
        var created = await Manager.CreatePresetAsync(PresetFixture.Preset());

        var update = await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Manager.UpdatePresetAsync(created with { Owner = "mallory", Name = "Mine now" }, 1).AsTask());
        var delete = await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Manager.DeletePresetAsync("launch-look", "mallory").AsTask());

        Assert.Equal("The preset 'launch-look' belongs to another owner; only its owner may update it.", update.Message);
        Assert.Equal("The preset 'launch-look' belongs to another owner; only its owner may delete it.", delete.Message);
        Assert.Equal(created, await Manager.GetPresetAsync("launch-look"));
    }

    [Fact]
    public async Task DeletePreset_ByTheOwner_RemovesIt_AndAnUnknownIdReturnsFalse()
    {
        await Manager.CreatePresetAsync(PresetFixture.Preset());

        Assert.True(await Manager.DeletePresetAsync("launch-look", "alice"));
        Assert.Null(await Manager.GetPresetAsync("launch-look"));
        Assert.False(await Manager.DeletePresetAsync("launch-look", "alice"));
    }

    [Fact]
    public async Task UpdatePreset_WithAStaleVersion_IsAConflict()
    {
        var created = await Manager.CreatePresetAsync(PresetFixture.Preset());
        await Manager.UpdatePresetAsync(created with { Name = "First" }, 1);

        var conflict = await Assert.ThrowsAsync<PresetConflictException>(() => Manager.UpdatePresetAsync(created with { Name = "Second" }, 1).AsTask());

        Assert.Equal((1L, 2L), (conflict.ExpectedVersion, conflict.ActualVersion));
        Assert.Equal("First", (await Manager.GetPresetAsync("launch-look"))!.Name);
        await Assert.ThrowsAsync<PresetConflictException>(() => Manager.DeletePresetAsync("launch-look", "alice", expectedVersion: 1).AsTask());
    }

    [Fact]
    public async Task ConcurrentUpdates_OfOneVersion_ExactlyOneWins_EachRound()
    {
        var current = await Manager.CreatePresetAsync(PresetFixture.Preset());
        for (var round = 0; round < 20; round++)
        {
            var expected = current.Version;
            var attempts = Enumerable.Range(0, 16).Select(writer => Task.Run(async () =>
            {
                try
                {
                    return await Manager.UpdatePresetAsync(current with { Name = $"Writer {writer}" }, expected);
                }
                catch (PresetConflictException)
                {
                    return null;
                }
            })).ToArray();
            var outcomes = await Task.WhenAll(attempts);

            var winner = Assert.Single(outcomes, outcome => outcome is not null)!;
            Assert.Equal(expected + 1, winner.Version);
            current = (await Manager.GetPresetAsync(current.Id))!;
            Assert.Equal(winner, current);
        }

        Assert.Equal(21, current.Version);
    }

    [Fact]
    public async Task CreatePreset_BadValues_AreRejected_NamingTheField()
    {
        var preset = PresetFixture.Preset();

        async Task<string> Fails(StylePreset bad) => (await Assert.ThrowsAsync<ArgumentException>(() => Manager.CreatePresetAsync(bad).AsTask())).Message;

        Assert.StartsWith("TemplateId is \"no-such-template\"; it must be the id of a template in the style catalog", await Fails(preset with { TemplateId = "no-such-template" }), StringComparison.Ordinal);
        Assert.StartsWith("Id is \"film-noir\"; it must not be the id of a template", await Fails(preset with { Id = "film-noir" }), StringComparison.Ordinal);
        Assert.StartsWith("Overrides.AspectRatio is \"3:2\"; it must be one of the supported aspect ratios", await Fails(preset with { Overrides = new StyleOverrides { AspectRatio = new AspectRatio(3, 2) } }), StringComparison.Ordinal);
        Assert.StartsWith("Overrides.FramesPerSecond is 50; it must be one of the supported frame rates", await Fails(preset with { Overrides = new StyleOverrides { FramesPerSecond = 50 } }), StringComparison.Ordinal);
        Assert.StartsWith("Name is \"\"; it must not be empty.", Assert.Throws<ArgumentException>(() => preset with { Name = "" }).Message, StringComparison.Ordinal);
        Assert.StartsWith("Overrides.Lighting is", Assert.Throws<ArgumentException>(() => new StyleOverrides { Lighting = new string('l', 301) }).Message, StringComparison.Ordinal);
        Assert.Equal("ClipDuration", Assert.Throws<ArgumentOutOfRangeException>(() => new StyleOverrides { ClipDuration = TimeSpan.FromSeconds(61) }).ParamName);
        Assert.Equal("Description", Assert.Throws<ArgumentException>(() => preset with { Description = new string('d', 1_001) }).ParamName);
        Assert.Equal("Id", Assert.Throws<ArgumentException>(() => preset with { Id = "Not An Id" }).ParamName);
        Assert.Empty(await Manager.ListPresetsAsync("alice"));
    }

    [Fact]
    public async Task CreatePreset_OverTheSizeCap_IsRejected_WithTheSize()
    {
        // Every field is within its own cap, but '<' is escaped as \u003C in JSON: six bytes each.
        var oversized = PresetFixture.Preset() with
        {
            Description = new string('<', 1_000),
            Overrides = new StyleOverrides { NegativePromptAddition = new string('<', 2_000) },
        };

        var exception = await Assert.ThrowsAsync<ArgumentException>(() => Manager.CreatePresetAsync(oversized).AsTask());

        Assert.Matches(@"^The preset is 1\d,\d{3} bytes as JSON; it must be at most 16,384 \(StylePreset.MaxSerializedBytes\)", exception.Message);
        Assert.Throws<ArgumentException>(() => StylePresetSharing.ToShareCode(oversized));
    }

    [Fact]
    public async Task ListAndSearch_ShowOnlyPublicPresets_RankedByTheTemplateRules()
    {
        await Manager.CreatePresetAsync(PresetFixture.Preset());
        await Manager.CreatePresetAsync(PresetFixture.Preset("quiet-office", "bob") with { Name = "Quiet Office", Description = "Calm launch interviews.", Tags = new StyleTags { Moods = ["calm"] } });
        await Manager.CreatePresetAsync(PresetFixture.Preset("secret-launch", "bob", PresetVisibility.Private));

        var search = await Manager.SearchPublicPresetsAsync("launch");
        var tagged = await Manager.ListPublicPresetsAsync(new StyleTags { Moods = ["calm"] });

        // "launch" is a word of launch-look's name and id (3) and of quiet-office's description (1); secret-launch is private.
        Assert.Equal(["launch-look", "quiet-office"], search.Select(preset => preset.Id));
        Assert.Equal(["quiet-office"], tagged.Select(preset => preset.Id));
        Assert.Equal(["launch-look", "quiet-office"], (await Manager.ListPublicPresetsAsync()).Select(preset => preset.Id));
        Assert.Equal(["quiet-office", "secret-launch"], (await Manager.ListPresetsAsync("bob")).Select(preset => preset.Id));
        Assert.Equal(["quiet-office"], (await Manager.SearchPublicPresetsAsync("commercial", new StyleTags { Moods = ["calm"] })).Select(preset => preset.Id));
        await Assert.ThrowsAsync<ArgumentException>(() => Manager.SearchPublicPresetsAsync(" ").AsTask());
    }

    [Fact]
    public async Task GenerateStyleParameters_FromAPreset_AppliesTheOverrides_ToTheTemplatesParameters()
    {
        await Manager.CreatePresetAsync(PresetFixture.Preset());
        var context = new StyleContext { Scenes = ["A phone on a desk", "Hands unbox it"], Mood = "playful" };

        var fromTemplate = await Manager.GenerateStyleParametersAsync("modern-commercial", context);
        var fromPreset = await Manager.GenerateStyleParametersAsync("launch-look", context);

        Assert.Equal("modern-commercial", fromPreset.TemplateId);
        Assert.Equal((new AspectRatio(9, 16), 1080, 1920, 24.0, TimeSpan.FromSeconds(4.5)), (fromPreset.AspectRatio, fromPreset.Width, fromPreset.Height, fromPreset.FramesPerSecond, fromPreset.ClipDuration));
        Assert.Equal("warm acoustic guitar", fromPreset.MusicMood);
        Assert.Equal(fromTemplate.VoiceStyle, fromPreset.VoiceStyle);
        for (var index = 0; index < 2; index++)
        {
            var template = fromTemplate.Scenes[index];
            var preset = fromPreset.Scenes[index];
            Assert.Equal("golden hour backlight", preset.Lighting);
            Assert.Equal(template.Camera, preset.Camera);
            Assert.Equal(template.NegativePrompt + ", competitor logos", preset.NegativePrompt);
            Assert.Equal(template.Prompt.Replace(template.Lighting, "golden hour backlight", StringComparison.Ordinal) + ", brand colours teal and gold", preset.Prompt);
        }
    }

    [Fact]
    public async Task GenerateStyleParameters_UnknownId_OrMissingTemplate_IsKeyNotFound()
    {
        var unknown = await Assert.ThrowsAsync<KeyNotFoundException>(() => Manager.GenerateStyleParametersAsync("nope", new StyleContext { Scenes = ["s"] }).AsTask());
        await _fixture.Store.CreateAsync(PresetFixture.Preset("orphan") with { TemplateId = "retired-template" });
        var orphan = await Assert.ThrowsAsync<KeyNotFoundException>(() => Manager.GenerateStyleParametersAsync("orphan", new StyleContext { Scenes = ["s"] }).AsTask());

        Assert.StartsWith("The style catalog has no template or preset 'nope'", unknown.Message, StringComparison.Ordinal);
        Assert.Equal("Preset 'orphan' uses the template 'retired-template', which the style catalog no longer has.", orphan.Message);
    }

    [Fact]
    public async Task InjectionLikeNamesAndOverrides_StayLiteralText()
    {
        const string Hostile = "{prompt} ${jndi:ldap://x} <script>alert(1)</script> '; DROP TABLE presets; --";
        await Manager.CreatePresetAsync(PresetFixture.Preset() with
        {
            Name = Hostile,
            Description = Hostile,
            Overrides = new StyleOverrides { PromptSuffix = Hostile, Lighting = "{lighting}" },
        });

        var stored = (await Manager.GetPresetAsync("launch-look"))!;
        var parameters = await Manager.GenerateStyleParametersAsync("launch-look", new StyleContext { Scenes = ["{shot}"] });

        Assert.Equal(Hostile, stored.Name);
        Assert.EndsWith(", " + Hostile, parameters.Scenes[0].Prompt, StringComparison.Ordinal);
        Assert.StartsWith("{shot}", parameters.Scenes[0].Prompt, StringComparison.Ordinal);
        Assert.Equal("{lighting}", parameters.Scenes[0].Lighting);
        Assert.Equal(stored, StylePresetSharing.Read(StylePresetSharing.Export(stored))[0]);
    }
}
