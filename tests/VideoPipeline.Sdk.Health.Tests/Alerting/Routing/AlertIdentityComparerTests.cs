using System.Collections.Immutable;
using VideoPipeline.Sdk.Health.Alerting.Internal;

namespace VideoPipeline.Sdk.Health.Tests.Alerting.Routing;

public sealed class AlertIdentityComparerTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Identity_SameLabelsInAnyOrderAndDictionary_IsEqualWhateverSeverityStatusAndTexts()
    {
        var comparer = AlertIdentityComparer.Instance;
        var first = new Alert("queue.depth.high", AlertSeverity.Warning, "render", "deep", Now)
        {
            Labels = ImmutableDictionary<string, string>.Empty.Add("queue", "render").Add("tier", "gpu"),
        };
        var second = new Alert("queue.depth.high", AlertSeverity.Critical, "render", "deeper", Now.AddHours(1))
        {
            Status = AlertStatus.Resolved,
            Labels = new Dictionary<string, string> { ["tier"] = "gpu", ["queue"] = "render" },
        };

        Assert.True(comparer.Equals(first, second));
        Assert.Equal(comparer.GetHashCode(first), comparer.GetHashCode(second));
    }

    [Theory]
    [InlineData("queue.depth.low", "render", "queue", "render")]
    [InlineData("queue.depth.high", "Render", "queue", "render")]
    [InlineData("queue.depth.high", "render", "Queue", "render")]
    [InlineData("queue.depth.high", "render", "queue", "Render")]
    public void Identity_AnyPartDiffering_OrdinalCase_IsNotEqual(string name, string component, string label, string value)
    {
        var reference = new Alert("queue.depth.high", AlertSeverity.Warning, "render", "deep", Now) { Labels = new Dictionary<string, string> { ["queue"] = "render" } };
        var other = new Alert(name, AlertSeverity.Warning, component, "deep", Now) { Labels = new Dictionary<string, string> { [label] = value } };

        Assert.False(AlertIdentityComparer.Instance.Equals(reference, other));
        Assert.False(AlertIdentityComparer.Instance.Equals(reference, reference with { Labels = ImmutableDictionary<string, string>.Empty }));
    }
}
