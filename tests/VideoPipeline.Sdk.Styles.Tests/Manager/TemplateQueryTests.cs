namespace VideoPipeline.Sdk.Styles.Tests.Manager;

public sealed class TemplateQueryTests
{
    private readonly IStyleTemplateManager _manager = Managers.Create();

    [Fact]
    public void GetTemplates_AreOrderedByCategoryThenId()
    {
        var templates = _manager.GetTemplates();

        var expected = templates.OrderBy(t => t.Category).ThenBy(t => t.Id, StringComparer.Ordinal).Select(t => t.Id);
        Assert.Equal(expected, templates.Select(t => t.Id));
    }

    [Fact]
    public void GetTemplate_FindsByIdIgnoringCase_AndReturnsNullForAnUnknownId()
    {
        Assert.Equal("modern-commercial", _manager.GetTemplate("modern-commercial")?.Id);
        Assert.Equal("modern-commercial", _manager.GetTemplate("Modern-Commercial")?.Id);
        Assert.Null(_manager.GetTemplate("no-such-template"));
        Assert.Null(_manager.GetTemplate(string.Empty));
        Assert.Null(_manager.GetTemplate("'; DROP TABLE templates; --"));
        Assert.Equal("templateId", Assert.Throws<ArgumentNullException>(() => _manager.GetTemplate(null!)).ParamName);
    }

    [Fact]
    public void Search_RanksNameAndTagMatchesAboveCategoryAndDescriptionMatches()
    {
        var results = _manager.Search("cinematic business audience");

        // "business" is an audience tag of four templates (3 each), and "audience" a word of executive-address's description
        // (1 more); "cinematic" is a word of epic-cinematic's name (3) and the category of the other two cinematic templates
        // (2 each). Equal scores are ordered by id.
        Assert.Equal(
            ["executive-address", "annual-report", "company-culture", "epic-cinematic", "modern-commercial", "film-noir", "intimate-drama"],
            results.Select(template => template.Id));
    }

    [Theory]
    [InlineData("NOIR", "film-noir")]
    [InlineData("watercolour", "watercolor-storybook")]
    [InlineData("claymation", "claymation-craft")]
    [InlineData("gen-z", "creator-vlog")]
    [InlineData("whiteboard lesson", "whiteboard-lesson")]
    public void Search_FindsTheTemplateNamedOrTagged(string text, string expectedFirst)
    {
        Assert.Equal(expectedFirst, _manager.Search(text)[0].Id);
    }

    [Fact]
    public void Search_WordsThatStartATemplateWord_MatchToo()
    {
        var results = _manager.Search("cyber");

        Assert.Equal("neon-cyberpunk", Assert.Single(results).Id);
    }

    [Fact]
    public void Search_OnlyCommonWordsOrNoMatch_ReturnsNothing()
    {
        Assert.Empty(_manager.Search("make it look like the"));
        Assert.Empty(_manager.Search("xylophone zeppelin"));
    }

    [Fact]
    public void Search_WithAFilter_SearchesOnlyThePassingTemplates()
    {
        var results = _manager.Search("business", new StyleTemplateFilter { Categories = [StyleCategory.Corporate] });

        Assert.Equal(["annual-report", "company-culture", "executive-address"], results.Select(template => template.Id));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Search_EmptyText_IsRejected(string text)
    {
        Assert.Equal("text", Assert.Throws<ArgumentException>(() => _manager.Search(text)).ParamName);
    }

    [Fact]
    public void Search_OversizedOrNullText_IsRejected()
    {
        var exception = Assert.Throws<ArgumentException>(() => _manager.Search(new string('a', 1_001)));

        Assert.Equal("The search text has 1,001 characters; it must have at most 1,000. (Parameter 'text')", exception.Message);
        Assert.Throws<ArgumentNullException>(() => _manager.Search(null!));
    }

    [Fact]
    public void Search_InjectionLikeText_IsOnlyMatchedAsWords()
    {
        var results = _manager.Search("{prompt} <script>alert('noir')</script> ${jndi:ldap://x} '; DROP TABLE");

        // Only two words match anything: "drop" (a word of fast-cut-reel's purpose tag product-drop) and "noir".
        Assert.Equal(["fast-cut-reel", "film-noir"], results.Select(template => template.Id));
    }

    [Fact]
    public void Filter_ByCategories_KeepsAnyOfThem()
    {
        var results = _manager.Filter(new StyleTemplateFilter { Categories = [StyleCategory.Social, StyleCategory.Artistic] });

        Assert.Equal(6, results.Count);
        Assert.All(results, template => Assert.Contains(template.Category, new[] { StyleCategory.Social, StyleCategory.Artistic }));
    }

    [Fact]
    public void Filter_ByTags_KeepsTemplatesWithEveryTag_IgnoringCase()
    {
        var results = _manager.Filter(new StyleTemplateFilter { Tags = new StyleTags { Audiences = ["Business"], Platforms = ["linkedin"] } });

        Assert.Equal(["modern-commercial", "annual-report", "company-culture", "executive-address"], results.Select(template => template.Id));
    }

    [Fact]
    public void Filter_Empty_KeepsEveryTemplate_AndNothingMatchingKeepsNone()
    {
        Assert.Equal(_manager.GetTemplates(), _manager.Filter(new StyleTemplateFilter()));
        Assert.Empty(_manager.Filter(new StyleTemplateFilter { Tags = new StyleTags { Moods = ["calm", "hype"] } }));
        Assert.Throws<ArgumentNullException>(() => _manager.Filter(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => new StyleTemplateFilter { Categories = [(StyleCategory)9] });
    }
}
