using System.Diagnostics.Metrics;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace VideoPipeline.Sdk.Health.Diagnostics.Internal;

/// <summary>
/// The Health package's instruments, on the <see cref="VideoPipelineDiagnostics.Health"/> meter created through
/// <see cref="IMeterFactory"/>. Component names come from the host's registrations, and alert names are stable dotted
/// names, so series stay bounded.
/// </summary>
internal sealed class HealthMetrics
{
    private static readonly string[] StatusTags = ["unhealthy", "degraded", "healthy"];
    private static readonly string[] AlertStatusTags = ["firing", "resolved"];
    private static readonly string[] AlertSeverityTags = ["info", "warning", "error", "critical"];
    private static readonly string[] RecoveryOutcomeTags = ["succeeded", "failed", "timed_out", "dry_run"];
    private static readonly KeyValuePair<string, object?> Delivered = new(VideoPipelineDiagnostics.OutcomeTag, "delivered");
    private static readonly KeyValuePair<string, object?> Failed = new(VideoPipelineDiagnostics.OutcomeTag, "failed");
    private static readonly KeyValuePair<string, object?> Dropped = new(VideoPipelineDiagnostics.OutcomeTag, "dropped");

    private readonly Histogram<double> _checkDuration;
    private readonly Counter<long> _alerts;
    private readonly Counter<long> _notifications;
    private readonly Counter<long> _droppedAlerts;
    private readonly Counter<long> _webhookDeliveries;
    private readonly Counter<long> _recoveryAttempts;
    private Func<HealthMonitorReport?> _report = static () => null;

    public HealthMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(VideoPipelineDiagnostics.Health);
        _checkDuration = meter.CreateHistogram<double>(VideoPipelineDiagnostics.HealthCheckDuration, "s", "Duration of component health checks.");
        _alerts = meter.CreateCounter<long>(VideoPipelineDiagnostics.HealthAlerts, "{alert}", "Alerts the router received.");
        _notifications = meter.CreateCounter<long>(VideoPipelineDiagnostics.HealthNotifications, "{notification}", "Notifications the router handed to the alert sinks.");
        _droppedAlerts = meter.CreateCounter<long>(VideoPipelineDiagnostics.HealthAlertsDropped, "{alert}", "New alerts dropped because the router tracked its maximum number of alerts.");
        _webhookDeliveries = meter.CreateCounter<long>(VideoPipelineDiagnostics.HealthWebhookDeliveries, "{notification}", "Alert notifications the webhook delivered, failed to deliver after its retries, or dropped.");
        _recoveryAttempts = meter.CreateCounter<long>(VideoPipelineDiagnostics.HealthRecoveryAttempts, "{attempt}", "Recovery actions run (or dry-run) for unhealthy components.");
        meter.CreateObservableGauge(VideoPipelineDiagnostics.HealthScore, () => _report()?.Score ?? 100, "1", "The overall health score, 0 to 100.");
        meter.CreateObservableGauge(VideoPipelineDiagnostics.HealthComponentStatus, ComponentStatuses, "1", "Each component's status: 2 healthy, 1 degraded, 0 unhealthy.");
    }

    /// <summary>Connects the observable gauges to the monitor's latest report.</summary>
    public void Observe(Func<HealthMonitorReport?> report) => _report = report;

    public void RecordCheck(string component, HealthStatus status, TimeSpan elapsed) =>
        _checkDuration.Record(
            elapsed.TotalSeconds,
            new(VideoPipelineDiagnostics.ComponentTag, component),
            new(VideoPipelineDiagnostics.OutcomeTag, StatusTags[(int)status]));

    public void RecordAlert(Alert alert) =>
        _alerts.Add(
            1,
            new(VideoPipelineDiagnostics.AlertNameTag, alert.Name),
            new(VideoPipelineDiagnostics.AlertStatusTag, AlertStatusTags[(int)alert.Status]));

    public void RecordNotification(Alert notification) =>
        _notifications.Add(
            1,
            new(VideoPipelineDiagnostics.AlertNameTag, notification.Name),
            new(VideoPipelineDiagnostics.AlertSeverityTag, AlertSeverityTags[(int)notification.Severity]));

    public void RecordDroppedAlert(Alert alert) =>
        _droppedAlerts.Add(1, new KeyValuePair<string, object?>(VideoPipelineDiagnostics.AlertNameTag, alert.Name));

    public void RecordWebhookDelivered() => _webhookDeliveries.Add(1, Delivered);

    public void RecordWebhookFailed() => _webhookDeliveries.Add(1, Failed);

    public void RecordWebhookDropped(long count = 1) => _webhookDeliveries.Add(count, Dropped);

    public void RecordRecoveryAttempt(string component, string action, RecoveryOutcome outcome) =>
        _recoveryAttempts.Add(
            1,
            new(VideoPipelineDiagnostics.ComponentTag, component),
            new(VideoPipelineDiagnostics.RecoveryActionTag, action),
            new(VideoPipelineDiagnostics.OutcomeTag, RecoveryOutcomeTags[(int)outcome]));

    private IEnumerable<Measurement<int>> ComponentStatuses() =>
        _report()?.Components.Select(component => new Measurement<int>((int)component.Status, new KeyValuePair<string, object?>(VideoPipelineDiagnostics.ComponentTag, component.Name))) ?? [];
}
