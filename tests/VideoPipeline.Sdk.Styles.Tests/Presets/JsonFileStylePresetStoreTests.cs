using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using VideoPipeline.Sdk.Styles.Presets.Internal;

namespace VideoPipeline.Sdk.Styles.Tests.Presets;

public sealed class JsonFileStylePresetStoreTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"presets-{Guid.NewGuid():N}");

    private string StorePath => Path.Combine(_folder, "presets.json");

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task Writes_SurviveANewStore_OnTheSameFile()
    {
        var first = new PresetFixture(options => options.PresetStorePath = StorePath);
        var created = await first.Manager.CreatePresetAsync(PresetFixture.Preset());
        var updated = await first.Manager.UpdatePresetAsync(created with { Name = "Renamed" }, 1);
        await first.Manager.CreatePresetAsync(PresetFixture.Preset("second-look"));
        await first.Manager.DeletePresetAsync("second-look", "alice");

        using var reopened = new JsonFileStylePresetStore(StorePath);

        Assert.Equal([updated], await reopened.ListAsync());
        Assert.Empty(Directory.GetFiles(_folder, "*.tmp"));
    }

    [Fact]
    public async Task CrashMidWrite_LeavesTheLastGoodFile_AndTheStrayTempFileIsIgnored()
    {
        using (var store = new JsonFileStylePresetStore(StorePath))
        {
            await store.CreateAsync(PresetFixture.Preset());
        }

        // What a crash during the next write leaves: a half-written temporary file beside the good one.
        var good = await File.ReadAllTextAsync(StorePath);
        await File.WriteAllTextAsync(Path.Combine(_folder, $"presets.json.{Guid.NewGuid():N}.tmp"), good[..(good.Length / 2)]);

        using var reopened = new JsonFileStylePresetStore(StorePath);
        var after = await reopened.ListAsync();
        await reopened.CreateAsync(PresetFixture.Preset("after-crash"));

        Assert.Equal("launch-look", Assert.Single(after).Id);
        Assert.Equal(["after-crash", "launch-look"], (await new JsonFileStylePresetStore(StorePath).ListAsync()).Select(preset => preset.Id));
    }

    [Fact]
    public async Task ACorruptStoreFile_IsAClearError_NamingTheFile()
    {
        Directory.CreateDirectory(_folder);
        await File.WriteAllTextAsync(StorePath, "{ \"schemaVersion\": 1, \"presets\": [ { \"schemaVer");
        using var store = new JsonFileStylePresetStore(StorePath);

        var exception = await Assert.ThrowsAsync<FormatException>(() => store.ListAsync().AsTask());

        Assert.StartsWith($"The preset store file {StorePath} is not valid JSON", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConcurrentWriters_InOneProcess_LoseNoWrite()
    {
        using var store = new JsonFileStylePresetStore(StorePath);

        await Task.WhenAll(Enumerable.Range(0, 40).Select(index => Task.Run(() => store.CreateAsync(PresetFixture.Preset($"look-{index}")).AsTask())));

        using var reopened = new JsonFileStylePresetStore(StorePath);
        Assert.Equal(40, (await reopened.ListAsync()).Count);
    }

    [Fact]
    public void PresetStorePath_SelectsTheFileStore_AndBlankIsRejectedAtStart()
    {
        using var provider = new ServiceCollection().AddVideoPipeline().AddStyles(options => options.PresetStorePath = StorePath).Services.BuildServiceProvider();
        using var blank = new ServiceCollection().AddVideoPipeline().AddStyles(options => options.PresetStorePath = " ").Services.BuildServiceProvider();

        Assert.IsType<JsonFileStylePresetStore>(provider.GetRequiredService<IStylePresetStore>());
        var exception = Assert.Throws<OptionsValidationException>(() => blank.GetRequiredService<IOptions<StylesOptions>>().Value);
        Assert.Contains("VideoPipeline:Styles:PresetStorePath is ' '; it must be null (presets in memory) or the path of a JSON file.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultStore_IsInMemory_AndAnIntegratorsStoreWins()
    {
        var own = new InMemoryStylePresetStore();
        using var defaults = new ServiceCollection().AddVideoPipeline().AddStyles().Services.BuildServiceProvider();
        using var custom = new ServiceCollection().AddSingleton<IStylePresetStore>(own).AddVideoPipeline().AddStyles().Services.BuildServiceProvider();

        Assert.IsType<InMemoryStylePresetStore>(defaults.GetRequiredService<IStylePresetStore>());
        Assert.Same(own, custom.GetRequiredService<IStylePresetStore>());
        Assert.Same(defaults.GetRequiredService<IStylePresetManager>(), defaults.GetRequiredService<IStylePresetManager>());
    }
}
