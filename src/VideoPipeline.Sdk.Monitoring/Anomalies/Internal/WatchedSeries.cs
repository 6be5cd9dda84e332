using System.Collections.Immutable;
using System.Globalization;

namespace VideoPipeline.Sdk.Monitoring.Anomalies.Internal;

/// <summary>
/// One monitored series of one component (the process, or an endpoint and method) with its detectors, turning their state
/// changes into firing and resolved <see cref="Alert"/>s whose name, component and labels match, so routing pairs them.
/// </summary>
internal sealed class WatchedSeries
{
    public const string AnomalyAlert = "monitoring.anomaly";
    public const string PredictionAlert = "monitoring.prediction";

    private readonly string _component;
    private readonly string? _method;
    private readonly string _name;
    private readonly LevelShiftDetector _level;
    private readonly TrendDetector? _trend;
    private readonly TimeSpan _horizon;
    private IReadOnlyDictionary<string, string>? _anomalyLabels;

    public WatchedSeries(string component, string? method, string name, LevelShiftDetectorOptions level, double minimumChange, TrendDetectorOptions? trend)
    {
        _component = component;
        _method = method;
        _name = name;
        var levelOptions = new LevelShiftDetectorOptions
        {
            BaselineSamples = level.BaselineSamples,
            WarmupSamples = level.WarmupSamples,
            Sensitivity = level.Sensitivity,
            MinimumChange = Math.Max(level.MinimumChange, minimumChange),
            MinimumRelativeChange = level.MinimumRelativeChange,
            Persistence = level.Persistence,
            ClearAfterSamples = level.ClearAfterSamples,
        };
        _level = new LevelShiftDetector(levelOptions);
        if (trend is not null)
        {
            _trend = new TrendDetector(trend);
            _horizon = trend.Horizon;
        }
    }

    /// <summary>Feeds one sample to the detectors and adds the alerts their state changes raise.</summary>
    public void Observe(DateTimeOffset timestamp, double value, List<Alert> alerts)
    {
        var level = _level.Observe(timestamp, value);
        if (level.Transition == AnomalyTransition.Entered)
        {
            var direction = level.Value >= level.Expected ? "above" : "below";
            _anomalyLabels = Labels(direction);
            alerts.Add(new Alert(AnomalyAlert, AlertSeverity.Warning, _component, $"{_name} is {Format(value)}, {direction} its expected band.", timestamp)
            {
                Labels = _anomalyLabels,
                Description = string.Create(CultureInfo.InvariantCulture, $"{_name} measured {Format(value)}; the expected level was {Format(level.Expected)} with a band of {Format(level.LowerBound)} to {Format(level.UpperBound)} learned from recent samples. The alert resolves when the series stays within its band."),
            });
        }
        else if (level.Transition == AnomalyTransition.Cleared && _anomalyLabels is not null)
        {
            alerts.Add(new Alert(AnomalyAlert, AlertSeverity.Warning, _component, $"{_name} is back within its expected band.", timestamp)
            {
                Labels = _anomalyLabels,
                Status = AlertStatus.Resolved,
                Description = string.Create(CultureInfo.InvariantCulture, $"{_name} measured {Format(value)}, within the band {Format(level.LowerBound)} to {Format(level.UpperBound)}."),
            });
            _anomalyLabels = null;
        }

        if (_trend is null)
        {
            return;
        }

        var trend = _trend.Observe(timestamp, value);
        if (trend.Transition == AnomalyTransition.None)
        {
            return;
        }

        var labels = Labels(trend.Direction == TrendDirection.Upward ? "upward" : "downward");
        alerts.Add(trend.Transition == AnomalyTransition.Entered
            ? new Alert(PredictionAlert, AlertSeverity.Warning, _component, $"{_name} is predicted to cross {Format(trend.Threshold)} by {trend.PredictedCrossing:u}.", timestamp)
            {
                Labels = labels,
                Description = string.Create(CultureInfo.InvariantCulture, $"{_name} is at {Format(trend.Level)} and moving {Format(trend.RatePerSecond * 60)} per minute; at that rate it crosses the threshold {Format(trend.Threshold)} ({labels["direction"]}) at {trend.PredictedCrossing:O}, within the {_horizon} horizon."),
            }
            : new Alert(PredictionAlert, AlertSeverity.Warning, _component, $"{_name} is no longer predicted to cross {Format(trend.Threshold)}.", timestamp)
            {
                Labels = labels,
                Status = AlertStatus.Resolved,
                Description = string.Create(CultureInfo.InvariantCulture, $"{_name} is at {Format(trend.Level)} and moving {Format(trend.RatePerSecond * 60)} per minute; no crossing of {Format(trend.Threshold)} is predicted within the {_horizon} horizon."),
            });
    }

    private static string Format(double value) => value.ToString("G4", CultureInfo.InvariantCulture);

    private ImmutableDictionary<string, string> Labels(string direction)
    {
        var labels = ImmutableDictionary<string, string>.Empty.Add("series", _name).Add("direction", direction);
        return _method is null ? labels : labels.Add("method", _method);
    }
}
