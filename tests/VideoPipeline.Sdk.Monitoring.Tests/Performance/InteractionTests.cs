namespace VideoPipeline.Sdk.Monitoring.Tests.Performance;

public sealed class InteractionTests
{
    [Fact]
    public async Task RecordInteraction_KeepsOneSeriesPerNameAndComponent()
    {
        await using var host = await MonitorHost.StartAsync();

        host.Monitor.RecordInteraction("generate-clicked", "storyboard-editor", TimeSpan.FromMilliseconds(80), success: true);
        host.Monitor.RecordInteraction("generate-clicked", "storyboard-editor", TimeSpan.FromMilliseconds(120), success: false);
        host.Monitor.RecordInteraction("generate-clicked", "gallery", TimeSpan.FromMilliseconds(40), success: true);
        host.Monitor.RecordInteraction("export-clicked", "storyboard-editor", TimeSpan.FromMilliseconds(40), success: true);

        var interactions = host.Monitor.GetSnapshot().Interactions;
        Assert.Equal(
            [
                ("export-clicked", "storyboard-editor", 1L, 0L),
                ("generate-clicked", "gallery", 1L, 0L),
                ("generate-clicked", "storyboard-editor", 2L, 1L),
            ],
            interactions.Select(i => (i.Name, i.Component, i.TotalCount, i.TotalErrors)));
        var window = interactions[2].Windows[0];
        Assert.Equal(0.5, window.ErrorRate);
        // Sums of durations are estimated from the histogram, within its 3.2%.
        Assert.Equal(0.2, window.Sum, 0.2 * 0.032);
        Assert.Equal(0.1, window.Mean, 0.1 * 0.032);
    }

    [Fact]
    public async Task RecordInteraction_PublishesTheResponseTimeInSecondsWithItsTags()
    {
        await using var host = await MonitorHost.StartAsync();
        using var collector = host.Collect<double>(VideoPipelineDiagnostics.InteractionDuration);

        host.Monitor.RecordInteraction("generate-clicked", "storyboard-editor", TimeSpan.FromMilliseconds(125), success: false);

        var measurement = Assert.Single(collector.GetMeasurementSnapshot());
        Assert.Equal(0.125, measurement.Value);
        Assert.Equal("generate-clicked", measurement.Tags[VideoPipelineDiagnostics.InteractionTag]);
        Assert.Equal("storyboard-editor", measurement.Tags[VideoPipelineDiagnostics.ComponentTag]);
        Assert.Equal("failure", measurement.Tags[VideoPipelineDiagnostics.OutcomeTag]);
    }

    [Fact]
    public async Task RecordInteraction_AcceptsAZeroResponseTime()
    {
        await using var host = await MonitorHost.StartAsync();

        host.Monitor.RecordInteraction("view", "gallery", TimeSpan.Zero, success: true);

        var window = Assert.Single(host.Monitor.GetSnapshot().Interactions).Windows[0];
        Assert.Equal((1L, 0.0, 0.0), (window.Count, window.P50, window.Sum));
    }

    [Fact]
    public async Task RecordInteraction_RejectsANegativeResponseTime()
    {
        await using var host = await MonitorHost.StartAsync();

        var exception = Assert.Throws<ArgumentOutOfRangeException>(() =>
            host.Monitor.RecordInteraction("view", "gallery", TimeSpan.FromTicks(-1), success: true));

        Assert.Equal("responseTime", exception.ParamName);
        Assert.Empty(host.Monitor.GetSnapshot().Interactions);
    }

    [Theory]
    [InlineData(null, "gallery", "name", typeof(ArgumentNullException))]
    [InlineData("", "gallery", "name", typeof(ArgumentException))]
    [InlineData(" ", "gallery", "name", typeof(ArgumentException))]
    [InlineData("view", null, "component", typeof(ArgumentNullException))]
    [InlineData("view", "", "component", typeof(ArgumentException))]
    [InlineData("view", "\n", "component", typeof(ArgumentException))]
    public async Task RecordInteraction_RejectsMissingNames(string? name, string? component, string parameter, Type exceptionType)
    {
        await using var host = await MonitorHost.StartAsync();

        var exception = Assert.Throws(exceptionType, () => host.Monitor.RecordInteraction(name!, component!, TimeSpan.FromMilliseconds(1), success: true));

        Assert.Equal(parameter, ((ArgumentException)exception).ParamName);
        Assert.Empty(host.Monitor.GetSnapshot().Interactions);
    }
}
