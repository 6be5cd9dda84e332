namespace VideoPipeline.Sdk.Abstractions.Tests.Alerts;

public sealed class AlertTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Defaults_AreFiringWithNoLabels()
    {
        var alert = new Alert("queue.depth.high", AlertSeverity.Warning, "queue", "Queue depth above 10,000", Now);

        Assert.Equal(AlertStatus.Firing, alert.Status);
        Assert.Empty(alert.Labels);
        Assert.True(AlertSeverity.Critical > AlertSeverity.Warning);
    }

    [Fact]
    public void With_ResolvedKeepsTheIdentity()
    {
        var firing = new Alert("provider.errors", AlertSeverity.Error, "synthetic", "Errors above 5%", Now);

        var resolved = firing with { Status = AlertStatus.Resolved };

        Assert.Equal((firing.Name, firing.Component), (resolved.Name, resolved.Component));
        Assert.Equal(AlertStatus.Resolved, resolved.Status);
    }

    [Theory]
    [InlineData("", "c", "s", "Name")]
    [InlineData("n", " ", "s", "Component")]
    [InlineData("n", "c", "", "Summary")]
    public void Constructor_EmptyText_ThrowsNamingTheField(string name, string component, string summary, string field)
    {
        var exception = Assert.Throws<ArgumentException>(() => new Alert(name, AlertSeverity.Info, component, summary, Now));

        Assert.Equal(field, exception.ParamName);
    }

    [Fact]
    public void Constructor_UndefinedSeverity_Throws()
    {
        Assert.Equal("Severity", Assert.Throws<ArgumentOutOfRangeException>(
            () => new Alert("n", (AlertSeverity)9, "c", "s", Now)).ParamName);
    }

    [Fact]
    public void Diagnostics_SourceNames_FollowThePackageConvention()
    {
        Assert.All(VideoPipelineDiagnostics.SourceNames, name => Assert.StartsWith("VideoPipeline.Sdk", name, StringComparison.Ordinal));
        Assert.Equal(VideoPipelineDiagnostics.SourceNames.Count, VideoPipelineDiagnostics.SourceNames.Distinct().Count());
    }
}
