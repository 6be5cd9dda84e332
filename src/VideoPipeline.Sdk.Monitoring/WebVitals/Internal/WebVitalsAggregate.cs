using VideoPipeline.Sdk.Monitoring.Statistics.Internal;

namespace VideoPipeline.Sdk.Monitoring.WebVitals.Internal;

/// <summary>
/// The web vitals by metric and device class over the snapshot windows. Each pair keeps the distribution of its values
/// (for the 75th percentile) with the reports that were not good counted as errors, and a count of the poor reports, so
/// the rating of the 75th percentile is exact (which rating the report at that rank has) even where the percentile's value
/// is only within 3.2%; the value is then kept inside its rating's range.
/// </summary>
internal sealed class WebVitalsAggregate
{
    private static readonly int DeviceClasses = Enum.GetValues<DeviceClass>().Length;

    private readonly WindowedDistribution[] _values;
    private readonly WindowedDistribution[] _poor;

    public WebVitalsAggregate(WindowLayout layout)
    {
        var pairs = WebVitalDefinition.All.Length * DeviceClasses;
        _values = new WindowedDistribution[pairs];
        _poor = new WindowedDistribution[pairs];
        for (var index = 0; index < pairs; index++)
        {
            _values[index] = new WindowedDistribution(layout, exactSums: false);
            _poor[index] = new WindowedDistribution(layout, exactSums: false);
        }
    }

    /// <summary>Records a report's value, in the instrument's unit, with its rating.</summary>
    public void Record(int metric, DeviceClass deviceClass, long timestamp, double value, WebVitalRating rating)
    {
        var index = (metric * DeviceClasses) + (int)deviceClass;
        _values[index].Record(timestamp, value, error: rating != WebVitalRating.Good);
        if (rating == WebVitalRating.Poor)
        {
            _poor[index].Record(timestamp, value, error: true);
        }
    }

    /// <summary>Reads every metric and device class with reports, over every window.</summary>
    public WebVitalStatistics[] Read(long timestamp, HistogramAccumulator accumulator)
    {
        var statistics = new List<WebVitalStatistics>();
        for (var index = 0; index < _values.Length; index++)
        {
            if (_values[index].TotalCount == 0)
            {
                continue;
            }

            var definition = WebVitalDefinition.All[index / DeviceClasses];
            var deviceClass = (DeviceClass)(index % DeviceClasses);
            var windows = _values[index].ReadWindows(timestamp, accumulator);
            var poor = _poor[index].ReadWindows(timestamp, accumulator);
            for (var window = 0; window < windows.Length; window++)
            {
                statistics.Add(Rate(definition, deviceClass, windows[window], poor[window].Count));
            }
        }

        return [.. statistics];
    }

    private static WebVitalStatistics Rate(WebVitalDefinition definition, DeviceClass deviceClass, WindowStatistics window, long poor)
    {
        if (window.Count == 0)
        {
            return new WebVitalStatistics(definition.Name, deviceClass, window.Window, 0, double.NaN, null);
        }

        // The report at the 75th percentile's rank (nearest rank, as the histogram reads it) is good when at least that
        // many reports were good, poor when fewer than that many were not poor.
        var rank = Math.Max(1, (long)Math.Ceiling(0.75 * window.Count));
        var good = window.Count - window.Errors;
        var rating = good >= rank ? WebVitalRating.Good
            : window.Count - poor >= rank ? WebVitalRating.NeedsImprovement
            : WebVitalRating.Poor;
        var p75 = window.P75 / definition.ToInstrumentUnit;
        p75 = rating switch
        {
            WebVitalRating.Good => Math.Min(p75, definition.Good),
            WebVitalRating.NeedsImprovement => Math.Clamp(p75, Math.BitIncrement(definition.Good), definition.Poor),
            _ => Math.Max(p75, Math.BitIncrement(definition.Poor)),
        };
        return new WebVitalStatistics(definition.Name, deviceClass, window.Window, window.Count, p75, rating);
    }
}
