using VideoPipeline.Sdk.Monitoring.Instruments.Internal;

namespace VideoPipeline.Sdk.Monitoring.Tests.Instruments;

public sealed class TagSetComparerTests
{
    private static readonly KeyValuePair<string, object?> Tier = new("tier", "memory");
    private static readonly KeyValuePair<string, object?> Outcome = new("outcome", "hit");
    private static readonly KeyValuePair<string, object?> Status = new("status", 429);

    [Fact]
    public void Equals_IgnoresTheOrderOfTheTags()
    {
        var first = new TagSet([Tier, Outcome, Status]);
        var second = new TagSet([Status, Tier, Outcome]);

        Assert.True(TagSetComparer.Instance.Equals(first, second));
        Assert.Equal(TagSetComparer.Instance.GetHashCode(first), TagSetComparer.Instance.GetHashCode(second));
        Assert.True(TagSetComparer.Instance.Equals([Outcome, Status, Tier], first));
        Assert.Equal(TagSetComparer.Instance.GetHashCode(first), TagSetComparer.Instance.GetHashCode([Outcome, Status, Tier]));
    }

    [Fact]
    public void Equals_TellsDifferentTagSetsApart()
    {
        var set = new TagSet([Tier, Outcome]);

        Assert.False(TagSetComparer.Instance.Equals([Tier], set));
        Assert.False(TagSetComparer.Instance.Equals([Tier, new("outcome", "miss")], set));
        Assert.False(TagSetComparer.Instance.Equals([Tier, new("result", "hit")], set));
        Assert.False(TagSetComparer.Instance.Equals([Tier, Outcome, Status], set));
        Assert.False(TagSetComparer.Instance.Equals(set, new TagSet([Tier, new("outcome", "miss")])));
        Assert.False(TagSetComparer.Instance.Equals(set, null));
        Assert.True(TagSetComparer.Instance.Equals((TagSet?)null, null));
    }

    [Fact]
    public void Equals_ComparesValuesByValueNotByReference()
    {
        var set = new TagSet([new("status", 429)]);

        Assert.True(TagSetComparer.Instance.Equals([new("status", 429)], set));
        Assert.Equal(TagSetComparer.Instance.GetHashCode(set), TagSetComparer.Instance.GetHashCode([new("status", 429)]));
        Assert.True(TagSetComparer.Instance.Equals([new("status", new string("abc".AsSpan()))], new TagSet([new("status", "abc")])));
    }

    [Fact]
    public void Text_FormatsTheValues()
    {
        var set = new TagSet([new("status", 429), new("ratio", 1.5), new("flag", false), new("none", null), new("name", "x")]);

        Assert.Equal(
            [new("status", "429"), new("ratio", "1.5"), new("flag", "false"), new("none", string.Empty), new("name", "x")],
            set.Text);
    }
}
