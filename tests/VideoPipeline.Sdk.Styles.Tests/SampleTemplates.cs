namespace VideoPipeline.Sdk.Styles.Tests;

/// <summary>Valid templates built in code.</summary>
internal static class SampleTemplates
{
    public static StyleTemplate Create(string id = "code-template") => new()
    {
        Id = id,
        Name = "Code Template",
        Category = StyleCategory.Corporate,
        Description = "A template added in code.",
        Tags = new StyleTags { Audiences = ["business"], Moods = ["calm"] },
        PromptTemplate = "{shot} of {prompt}, {lighting}, {grade}",
        NegativePrompt = "blurry",
        Camera = new CameraStyle
        {
            Shots = ["wide shot", "medium shot", "close-up", "detail shot"],
            Movements = [new StyleChoice { Description = "static frame" }, new StyleChoice { Description = "slow dolly", Moods = ["hopeful"] }],
            Lens = "50mm lens",
        },
        Lighting = [new StyleChoice { Description = "soft key light" }, new StyleChoice { Description = "warm window light", Moods = ["hopeful", "warm"] }],
        Palette = new ColorPalette { Colors = ["#0B1F3A"], Grade = "neutral grade" },
        AspectRatio = new AspectRatio(16, 9),
        FramesPerSecond = 25,
        ClipDuration = TimeSpan.FromSeconds(6),
        Transitions = ["hard cut"],
        MusicMood = "quiet piano",
        VoiceStyle = "calm voice",
    };
}
