namespace VideoPipeline.Sdk.Monitoring.Statistics.Internal;

/// <summary>A series of the monitor's own tables, named by two labels (endpoint and method, or interaction and component).</summary>
internal sealed class LabelledSeries(string first, string second, WindowLayout layout)
{
    /// <summary>The label value of the overflow series, as OpenTelemetry's semantic conventions spell "other".</summary>
    public const string Other = "_OTHER";

    public string First { get; } = first;

    public string Second { get; } = second;

    public WindowedDistribution Distribution { get; } = new(layout, exactSums: false);

    public static CappedSeriesTable<(string, string), LabelledSeries> CreateTable(int maxSeries, WindowLayout layout) =>
        new(maxSeries, key => new LabelledSeries(key.Item1, key.Item2, layout), () => new LabelledSeries(Other, Other, layout));
}
