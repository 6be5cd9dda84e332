using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using VideoPipeline.Sdk.Health.Checks.Internal;

namespace VideoPipeline.Sdk.Health.Evaluation.Internal;

/// <summary>
/// One component between evaluations: its check in flight (so a run never overlaps the previous one), the history of its
/// outcomes and metrics (with their predictions), its uptime counts, and its latest <see cref="ComponentHealth"/>. Used by
/// one evaluation at a time.
/// </summary>
internal sealed class ComponentState
{
    private readonly int _historySize;
    private readonly PredictionOptions _predictions;
    private readonly bool[] _unhealthy;
    private readonly bool[] _errors;
    private readonly Dictionary<string, MetricHistory> _metrics = new(StringComparer.Ordinal);
    private readonly UptimeCounter _uptime = new();
    private int _outcomes;
    private int _next;
    private int _consecutiveFailures;

    public ComponentState(ComponentDefinition definition, int historySize, PredictionOptions predictions)
    {
        Definition = definition;
        _historySize = historySize;
        _predictions = predictions;
        _unhealthy = new bool[historySize];
        _errors = new bool[historySize];
        Latest = new ComponentHealth(definition.Name, definition.Kind, HealthStatus.Degraded, "Not checked yet.", null, [], new ComponentUptime(double.NaN, double.NaN, double.NaN))
        {
            Weight = definition.Weight,
            IsCritical = definition.Critical,
            DependsOn = definition.DependsOn,
        };
    }

    public ComponentDefinition Definition { get; }

    /// <summary>Gets or sets the check in flight, kept after a timeout until it ends, so the next run does not overlap it.</summary>
    public Task? Running { get; set; }

    public DateTimeOffset RunningSince { get; set; }

    public ComponentHealth Latest { get; private set; }

    /// <summary>Records one check: its outcome, whether it threw or timed out, and how long it took.</summary>
    public void Record(ComponentCheckResult result, bool error, TimeSpan elapsed, DateTimeOffset now)
    {
        var unhealthy = result.Status == HealthStatus.Unhealthy;
        _unhealthy[_next] = unhealthy;
        _errors[_next] = error;
        _next = (_next + 1) % _historySize;
        _outcomes = Math.Min(_outcomes + 1, _historySize);
        _uptime.Record(now, up: !unhealthy);

        var values = new Dictionary<string, double>(result.Metrics, StringComparer.Ordinal)
        {
            [ComponentMetricNames.ResponseTimeMilliseconds] = elapsed.TotalMilliseconds,
            [ComponentMetricNames.Availability] = 1 - Share(_unhealthy),
            [ComponentMetricNames.ErrorRate] = Share(_errors),
        };

        var status = result.Status;
        var description = result.Status == HealthStatus.Healthy ? null : result.Description ?? $"The check reported {result.Status}.";
        var metrics = new List<ComponentMetric>(values.Count);
        foreach (var (name, value) in values.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            if (!double.IsFinite(value))
            {
                continue;
            }

            if (!_metrics.TryGetValue(name, out var history))
            {
                history = new MetricHistory(_historySize);
                _metrics[name] = history;
            }

            history.Add(value, now);
            Definition.Thresholds.TryGetValue(name, out var threshold);
            var metricStatus = Evaluate(value, threshold);
            if (metricStatus < status)
            {
                status = metricStatus;
                description = Describe(name, value, threshold!, metricStatus);
            }

            metrics.Add(new ComponentMetric(name, value, metricStatus, history.Trend(), threshold)
            {
                TimeToCritical = history.PredictTimeToCritical(threshold, _predictions, now),
            });
        }

        // Unhealthy by the check or by a metric beyond its critical level: either way recovery may be due.
        _consecutiveFailures = status == HealthStatus.Unhealthy ? _consecutiveFailures + 1 : 0;
        Latest = new ComponentHealth(Definition.Name, Definition.Kind, status, description, now, metrics, _uptime.Read(now))
        {
            Weight = Definition.Weight,
            IsCritical = Definition.Critical,
            ConsecutiveFailures = _consecutiveFailures,
            DependsOn = Definition.DependsOn,
        };
    }

    /// <summary>Refreshes the uptime of the latest health to <paramref name="now"/> without a new check.</summary>
    public void Age(DateTimeOffset now) => Latest = Latest with { Uptime = _uptime.Read(now) };

    private static HealthStatus Evaluate(double value, MetricThreshold? threshold)
    {
        if (threshold is null)
        {
            return HealthStatus.Healthy;
        }

        bool Beyond(double level) => threshold.Direction == ThresholdDirection.Above ? value > level : value < level;
        return Beyond(threshold.Critical) ? HealthStatus.Unhealthy : Beyond(threshold.Warning) ? HealthStatus.Degraded : HealthStatus.Healthy;
    }

    private static string Describe(string name, double value, MetricThreshold threshold, HealthStatus status)
    {
        var (level, word) = status == HealthStatus.Unhealthy ? (threshold.Critical, "critical") : (threshold.Warning, "warning");
        var side = threshold.Direction == ThresholdDirection.Above ? "above" : "below";
        return string.Create(CultureInfo.InvariantCulture, $"{name} is {value:0.###}, {side} the {word} level {level:0.###}.");
    }

    private double Share(bool[] flags)
    {
        var count = 0;
        for (var index = 0; index < _outcomes; index++)
        {
            count += flags[index] ? 1 : 0;
        }

        return _outcomes == 0 ? 0 : (double)count / _outcomes;
    }
}
