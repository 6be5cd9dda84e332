using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace VideoPipeline.Sdk.Styles.Tests.Presets;

/// <summary>A preset manager and store built through the container with a fake clock, and a valid preset to change.</summary>
internal sealed class PresetFixture
{
    public PresetFixture(Action<StylesOptions>? configure = null)
    {
        var pipeline = new ServiceCollection().AddSingleton<TimeProvider>(Time).AddVideoPipeline();
        pipeline.AddStyles(configure ?? (_ => { }));
        var provider = pipeline.Services.BuildServiceProvider();
        Manager = provider.GetRequiredService<IStylePresetManager>();
        Store = provider.GetRequiredService<IStylePresetStore>();
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 3, 1, 9, 30, 0, TimeSpan.Zero));

    public IStylePresetManager Manager { get; }

    public IStylePresetStore Store { get; }

    public static StylePreset Preset(string id = "launch-look", string owner = "alice", PresetVisibility visibility = PresetVisibility.Public) => new()
    {
        Id = id,
        TemplateId = "modern-commercial",
        Owner = owner,
        Visibility = visibility,
        Name = "Launch Look",
        Description = "Our bright product launch look with a slower pace.",
        Tags = new StyleTags { Moods = ["upbeat"], Audiences = ["business"] },
        Overrides = new StyleOverrides
        {
            PromptSuffix = "brand colours teal and gold",
            NegativePromptAddition = "competitor logos",
            Lighting = "golden hour backlight",
            AspectRatio = new AspectRatio(9, 16),
            FramesPerSecond = 24,
            ClipDuration = TimeSpan.FromSeconds(4.5),
            MusicMood = "warm acoustic guitar",
        },
    };
}
