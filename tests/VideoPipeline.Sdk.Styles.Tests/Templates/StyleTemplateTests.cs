namespace VideoPipeline.Sdk.Styles.Tests.Templates;

public sealed class StyleTemplateTests
{
    [Fact]
    public void TemplatesWithEqualValues_AreEqual_ListsIncluded()
    {
        var first = SampleTemplates.Create();
        var second = SampleTemplates.Create();

        Assert.NotSame(first.Camera.Shots, second.Camera.Shots);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, second with { Camera = second.Camera with { Shots = ["wide shot"] } });
    }

    [Theory]
    [InlineData("modern-commercial")]
    [InlineData("b2b")]
    [InlineData("a234567890123456789012345678901234567890123456789012345678901234")]
    public void Id_LowerCaseKebabUpTo64Characters_IsAccepted(string id)
    {
        Assert.Equal(id, (SampleTemplates.Create() with { Id = id }).Id);
    }

    [Theory]
    [InlineData("Modern-Commercial")]
    [InlineData("modern commercial")]
    [InlineData("-modern")]
    [InlineData("modern-")]
    [InlineData("modern--commercial")]
    [InlineData("modern_commercial")]
    [InlineData("")]
    [InlineData("a2345678901234567890123456789012345678901234567890123456789012345")]
    public void Id_NotLowerCaseKebab_IsRejected_NamingTheProperty(string id)
    {
        var exception = Assert.Throws<ArgumentException>(() => SampleTemplates.Create() with { Id = id });

        Assert.Equal("Id", exception.ParamName);
        Assert.Contains("lower-case kebab case", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("A photo of a cat", "contains none")]
    [InlineData("{prompt} and again {prompt}", "{prompt} appears more than once")]
    [InlineData("{prompt}, {shot}, {shot}", "{shot} appears more than once")]
    [InlineData("{prompt} of {subject}", "{subject} is not one of them")]
    [InlineData("{Prompt}", "{Prompt} is not one of them")]
    [InlineData("{prompt} }", "closes none")]
    [InlineData("{prompt} {shot", "is not closed")]
    [InlineData("{{prompt}}", "is not closed")]
    public void PromptTemplate_BreakingAPlaceholderRule_IsRejected_SayingWhy(string promptTemplate, string reason)
    {
        var exception = Assert.Throws<ArgumentException>(() => SampleTemplates.Create() with { PromptTemplate = promptTemplate });

        Assert.Equal("PromptTemplate", exception.ParamName);
        Assert.Contains(reason, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tags_AreStoredInLowerCase_WithoutRepeats()
    {
        var tags = new StyleTags { Audiences = ["Business", "business", "Young-Adults"] };

        Assert.Equal(["business", "young-adults"], tags.Audiences);
        Assert.Equal(new StyleTags { Audiences = ["business", "young-adults"] }, tags);
    }

    [Theory]
    [InlineData("young adults")]
    [InlineData("")]
    [InlineData("b2b!")]
    public void Tag_NotKebabCase_IsRejected_NamingItsIndex(string tag)
    {
        var exception = Assert.Throws<ArgumentException>(() => new StyleTags { Moods = ["calm", tag] });

        Assert.Contains("Moods[1]", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Colors_AreStoredInUpperCase_AndMustBeHex()
    {
        var palette = new ColorPalette { Colors = ["#abcdef"], Grade = "grade" };

        Assert.Equal(["#ABCDEF"], palette.Colors);
        var exception = Assert.Throws<ArgumentException>(() => new ColorPalette { Colors = ["#ABCDEF", "red"], Grade = "grade" });
        Assert.Contains("Colors[1] is \"red\"; it must be a hex colour #RRGGBB", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RangesAndRequiredValues_AreChecked_NamingTheProperty()
    {
        var template = SampleTemplates.Create();

        Assert.Equal("AspectRatio", Assert.Throws<ArgumentException>(() => template with { AspectRatio = default }).ParamName);
        Assert.Equal("FramesPerSecond", Assert.Throws<ArgumentOutOfRangeException>(() => template with { FramesPerSecond = 0 }).ParamName);
        Assert.Equal("FramesPerSecond", Assert.Throws<ArgumentOutOfRangeException>(() => template with { FramesPerSecond = double.NaN }).ParamName);
        Assert.Equal("ClipDuration", Assert.Throws<ArgumentOutOfRangeException>(() => template with { ClipDuration = TimeSpan.FromSeconds(61) }).ParamName);
        Assert.Equal("SchemaVersion", Assert.Throws<ArgumentOutOfRangeException>(() => template with { SchemaVersion = 2 }).ParamName);
        Assert.Equal("Category", Assert.Throws<ArgumentOutOfRangeException>(() => template with { Category = (StyleCategory)42 }).ParamName);
        Assert.Equal("Name", Assert.Throws<ArgumentException>(() => template with { Name = " " }).ParamName);
        Assert.Equal("Name", Assert.Throws<ArgumentException>(() => template with { Name = new string('n', 101) }).ParamName);
        Assert.Equal("Camera", Assert.Throws<ArgumentNullException>(() => template with { Camera = null! }).ParamName);
        Assert.Equal("Lighting", Assert.Throws<ArgumentException>(() => template with { Lighting = [] }).ParamName);
        Assert.Equal("Shots", Assert.Throws<ArgumentException>(() => template.Camera with { Shots = [] }).ParamName);
        Assert.Equal("Transitions", Assert.Throws<ArgumentException>(() => template with { Transitions = [.. Enumerable.Repeat("cut", 13)] }).ParamName);
    }

    [Fact]
    public void InjectionLikeName_IsKeptAsText()
    {
        const string Name = "Robert'); DROP TABLE styles;-- <script>alert(1)</script> {prompt} ${env:HOME}";

        var template = SampleTemplates.Create() with { Name = Name, Description = Name };

        Assert.Equal(Name, template.Name);
        Assert.Equal(Name, template.Description);
    }
}
