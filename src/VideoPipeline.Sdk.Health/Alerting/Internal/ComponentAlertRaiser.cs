using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using VideoPipeline.Sdk.Health.Checks.Internal;

namespace VideoPipeline.Sdk.Health.Alerting.Internal;

/// <summary>
/// Turns each evaluation's report into the monitor's own alerts, on changes only, routed together through the
/// <see cref="AlertRouter"/>: <see cref="HealthAlertNames.ComponentStatus"/> once a component has not been healthy for
/// <see cref="AlertingOptions.FireAfterChecks"/> evaluations in a row (again when its severity changes, resolved when it is
/// healthy), and <see cref="HealthAlertNames.Prediction"/> while a metric has a <see cref="ComponentMetric.TimeToCritical"/>.
/// Components are visited dependencies first, so a dependency's alert inhibits its dependents' as they are tracked.
/// Called by one evaluation at a time, so its state needs no lock.
/// </summary>
internal sealed class ComponentAlertRaiser
{
    /// <summary>The label of the monitor's alerts that holds the component's kind in snake case.</summary>
    public const string KindLabel = "kind";

    /// <summary>The label of a prediction alert that holds the metric's name.</summary>
    public const string MetricLabel = "metric";

    private readonly AlertRouter _router;
    private readonly int _fireAfterChecks;
    private readonly int[] _order;
    private readonly ComponentAlertState[] _states;
    private readonly List<Alert> _raised = [];

    public ComponentAlertRaiser(IReadOnlyList<ComponentDefinition> components, AlertRouter router, IOptions<HealthMonitorOptions> options)
    {
        _router = router;
        _fireAfterChecks = options.Value.Alerting.FireAfterChecks;
        _states = [.. components.Select(_ => new ComponentAlertState())];
        var index = components.Select((component, position) => (component.Name, position)).ToDictionary(pair => pair.Name, pair => pair.position, StringComparer.Ordinal);
        _order = [.. new DependencyGraph(components).DependenciesFirst.Select(name => index[name])];
    }

    /// <summary>Raises the alerts the report calls for and returns it with the router's active alerts.</summary>
    public HealthMonitorReport Observe(HealthMonitorReport report)
    {
        Debug.Assert(report.Components.Count == _states.Length, "The report lists the components the raiser was built with, in the same order.");
        _raised.Clear();
        foreach (var position in _order)
        {
            var component = report.Components[position];
            var state = _states[position];
            RaiseStatus(component, state, report.Timestamp);
            RaisePredictions(component, state, report.Timestamp);
        }

        // As one change, so a dependency that recovers with its dependents does not announce them in between.
        _router.Route(CollectionsMarshal.AsSpan(_raised));

        return report with { ActiveAlerts = _router.GetActiveAlerts() };
    }

    /// <summary>Gets the snake-case name of a kind, as the <see cref="KindLabel"/> label holds it.</summary>
    public static string KindName(ComponentKind kind) => kind switch
    {
        ComponentKind.WebFrontEnd => "web_front_end",
        ComponentKind.ApiBackEnd => "api_back_end",
        ComponentKind.Database => "database",
        ComponentKind.Cache => "cache",
        ComponentKind.Queue => "queue",
        ComponentKind.Storage => "storage",
        ComponentKind.GenerationProvider => "generation_provider",
        _ => "custom",
    };

    private void RaiseStatus(ComponentHealth component, ComponentAlertState state, DateTimeOffset now)
    {
        if (component.Status == HealthStatus.Healthy)
        {
            state.UnhealthyEvaluations = 0;
            if (state.RaisedSeverity is { } raised)
            {
                state.RaisedSeverity = null;
                Send(StatusAlert(component, raised, $"{component.Name} is healthy again.", now) with { Status = AlertStatus.Resolved });
            }

            return;
        }

        state.UnhealthyEvaluations++;
        var severity = component.Status == HealthStatus.Degraded ? AlertSeverity.Warning
            : component.IsCritical ? AlertSeverity.Critical
            : AlertSeverity.Error;
        if (state.UnhealthyEvaluations < _fireAfterChecks || state.RaisedSeverity == severity)
        {
            return;
        }

        state.RaisedSeverity = severity;
        var word = component.Status == HealthStatus.Degraded ? "degraded" : "unhealthy";
        var summary = component.Description is { Length: > 0 } description ? $"{component.Name} is {word}: {description}" : $"{component.Name} is {word}.";
        Send(StatusAlert(component, severity, summary, now) with
        {
            Description = string.Create(
                CultureInfo.InvariantCulture,
                $"{component.Name} ({KindName(component.Kind)}) has not been healthy for {state.UnhealthyEvaluations} evaluations in a row; {component.ConsecutiveFailures} of them unhealthy.{DependencyNote(component)}"),
        });
    }

    private void RaisePredictions(ComponentHealth component, ComponentAlertState state, DateTimeOffset now)
    {
        foreach (var metric in component.Metrics)
        {
            if (metric.TimeToCritical is not { } timeToCritical || state.PredictedMetrics.Contains(metric.Name))
            {
                continue;
            }

            state.PredictedMetrics.Add(metric.Name);
            var summary = string.Create(
                CultureInfo.InvariantCulture,
                $"{metric.Name} of {component.Name} is predicted to cross its critical level in {Format(timeToCritical)}.");
            Send(PredictionAlert(component, metric.Name, summary, now) with
            {
                Description = string.Create(
                    CultureInfo.InvariantCulture,
                    $"{metric.Name} is {metric.Value:0.###} and {TrendName(metric.Trend)}; its critical level is {metric.Threshold?.Critical:0.###}."),
            });
        }

        if (state.PredictedMetrics.Count == 0)
        {
            return;
        }

        foreach (var name in state.PredictedMetrics.ToArray())
        {
            if (component.FindMetric(name)?.TimeToCritical is null)
            {
                state.PredictedMetrics.Remove(name);
                Send(PredictionAlert(component, name, $"{name} of {component.Name} is no longer predicted to cross its critical level.", now) with { Status = AlertStatus.Resolved });
            }
        }
    }

    private static Alert StatusAlert(ComponentHealth component, AlertSeverity severity, string summary, DateTimeOffset now) =>
        new(HealthAlertNames.ComponentStatus, severity, component.Name, summary, now)
        {
            Labels = ImmutableDictionary<string, string>.Empty.Add(KindLabel, KindName(component.Kind)),
        };

    private static Alert PredictionAlert(ComponentHealth component, string metric, string summary, DateTimeOffset now) =>
        new(HealthAlertNames.Prediction, AlertSeverity.Warning, component.Name, summary, now)
        {
            Labels = ImmutableDictionary<string, string>.Empty.Add(MetricLabel, metric),
        };

    private static string TrendName(MetricTrend trend) => trend switch
    {
        MetricTrend.Rising => "rising",
        MetricTrend.Falling => "falling",
        _ => "stable",
    };

    private static string DependencyNote(ComponentHealth component) =>
        component.DependsOn.Count == 0 ? string.Empty : $" It depends on {string.Join(", ", component.DependsOn)}.";

    private static string Format(TimeSpan time) =>
        time >= TimeSpan.FromDays(1) ? string.Create(CultureInfo.InvariantCulture, $"{time.TotalDays:0.#} days")
        : time >= TimeSpan.FromHours(1) ? string.Create(CultureInfo.InvariantCulture, $"{time.TotalHours:0.#} hours")
        : time >= TimeSpan.FromMinutes(1) ? string.Create(CultureInfo.InvariantCulture, $"{time.TotalMinutes:0.#} minutes")
        : string.Create(CultureInfo.InvariantCulture, $"{Math.Max(time.TotalSeconds, 0):0} seconds");

    private void Send(Alert alert) => _raised.Add(alert);
}
