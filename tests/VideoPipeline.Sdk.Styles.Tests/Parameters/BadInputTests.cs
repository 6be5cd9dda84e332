namespace VideoPipeline.Sdk.Styles.Tests.Parameters;

public sealed class BadInputTests
{
    private readonly IStyleTemplateManager _manager = Managers.Create();

    [Fact]
    public void UnknownTemplateId_ThrowsKeyNotFound_NamingIt()
    {
        var exception = Assert.Throws<KeyNotFoundException>(() => _manager.GenerateStyleParameters("no-such-style", new StyleContext { Scenes = ["A scene"] }));

        Assert.Equal($"The style catalog has no template 'no-such-style'; GetTemplates() lists the {_manager.GetTemplates().Count} it has.", exception.Message);
    }

    [Fact]
    public void UnknownTemplateId_WithInjectionLikeOrHugeText_IsQuotedAsText_AndCut()
    {
        var huge = "'; DROP TABLE styles; -- " + new string('x', 5_000);

        var exception = Assert.Throws<KeyNotFoundException>(() => _manager.GenerateStyleParameters(huge, new StyleContext { Scenes = ["A scene"] }));

        Assert.Contains("'; DROP TABLE styles; -- xxx", exception.Message, StringComparison.Ordinal);
        Assert.True(exception.Message.Length < 300);
    }

    [Fact]
    public void NullArguments_AreRejected_ByName()
    {
        Assert.Equal("templateId", Assert.Throws<ArgumentNullException>(() => _manager.GenerateStyleParameters(null!, new StyleContext { Scenes = ["A scene"] })).ParamName);
        Assert.Equal("context", Assert.Throws<ArgumentNullException>(() => _manager.GenerateStyleParameters("film-noir", null!)).ParamName);
    }

    [Theory]
    [InlineData(null, "Script is null")]
    [InlineData("", "Script is empty")]
    [InlineData(" \n\n \t ", "Script is empty")]
    public void NoScenesAndNoScript_AreRejected(string? script, string reason)
    {
        var exception = Assert.Throws<ArgumentException>(() => _manager.GenerateStyleParameters("film-noir", new StyleContext { Script = script }));

        Assert.Equal("context", exception.ParamName);
        Assert.StartsWith($"The context has no scenes: Scenes is empty and {reason}; set either.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MoreScenesThanTheCap_AreRejected_NamingTheOption()
    {
        var manager = Managers.Create(options => options.MaxScenes = 3);

        var fromScenes = Assert.Throws<ArgumentException>(() => manager.GenerateStyleParameters("film-noir", new StyleContext { Scenes = ["a", "b", "c", "d"] }));
        var fromScript = Assert.Throws<ArgumentException>(() => manager.GenerateStyleParameters("film-noir", new StyleContext { Script = "a\n\nb\n\nc\n\nd" }));

        Assert.StartsWith("The context has 4 scenes; at most 3 are allowed (VideoPipeline:Styles:MaxScenes).", fromScenes.Message, StringComparison.Ordinal);
        Assert.StartsWith("The context has more than 3 scenes; at most 3 are allowed (VideoPipeline:Styles:MaxScenes).", fromScript.Message, StringComparison.Ordinal);
        Assert.Equal(3, manager.GenerateStyleParameters("film-noir", new StyleContext { Script = "a\n\nb\n\nc\n\n" }).Scenes.Count);
    }

    [Fact]
    public void DefaultCaps_Allow500ScenesOf4000Characters_AndNoMore()
    {
        var longest = new string('s', 4_000);

        Assert.Equal(500, _manager.GenerateStyleParameters("film-noir", new StyleContext { Scenes = [.. Enumerable.Repeat(longest, 500)] }).Scenes.Count);
        Assert.Throws<ArgumentException>(() => _manager.GenerateStyleParameters("film-noir", new StyleContext { Scenes = [.. Enumerable.Repeat("s", 501)] }));
        var tooLong = Assert.Throws<ArgumentException>(() => _manager.GenerateStyleParameters("film-noir", new StyleContext { Scenes = ["short", longest + "s"] }));
        Assert.StartsWith("Scenes[1] has 4,001 characters; a scene may have at most 4,000 (VideoPipeline:Styles:MaxSceneLength).", tooLong.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OversizedScriptParagraph_IsRejected_WithoutReadingTheRest()
    {
        var manager = Managers.Create(options => options.MaxSceneLength = 100);
        var script = "A fine first scene.\n\n" + string.Join('\n', Enumerable.Repeat(new string('w', 60), 100_000));

        var exception = Assert.Throws<ArgumentException>(() => manager.GenerateStyleParameters("film-noir", new StyleContext { Script = script }));

        Assert.StartsWith("Script paragraph [1] has more than 100 characters; a scene may have at most 100 (VideoPipeline:Styles:MaxSceneLength).", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ContextValues_AreCheckedWhenSet()
    {
        var blank = Assert.Throws<ArgumentException>(() => new StyleContext { Scenes = ["fine", "  "] });
        var missing = Assert.Throws<ArgumentException>(() => new StyleContext { Scenes = ["fine", null!] });

        Assert.StartsWith("Scenes[1] is empty; every scene must have a description.", blank.Message, StringComparison.Ordinal);
        Assert.StartsWith("Scenes[1] is null; every scene must have a description.", missing.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => new StyleContext { Scenes = null! });
        Assert.Equal("Mood", Assert.Throws<ArgumentException>(() => new StyleContext { Mood = new string('m', 201) }).ParamName);
        Assert.Equal("QualityHint", Assert.Throws<ArgumentOutOfRangeException>(() => new StyleContext { QualityHint = (QualityHint)7 }).ParamName);
    }
}
