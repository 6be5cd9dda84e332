using System.Diagnostics.CodeAnalysis;
using System.Text;
using Microsoft.Extensions.Logging;
using VideoPipeline.Sdk.Health.Diagnostics.Internal;

namespace VideoPipeline.Sdk.Health.Alerting.Internal;

/// <summary>
/// Writes each notification to the log category <see cref="CategoryName"/>, with its name, status, severity, component,
/// summary and labels as structured fields, at a level that follows its severity; a resolved notification is
/// <see cref="LogLevel.Information"/>. Registered when <see cref="AlertingOptions.LogNotifications"/> is on.
/// </summary>
internal sealed class LoggingAlertSink(ILoggerFactory loggerFactory) : IAlertSink
{
    public const string CategoryName = "VideoPipeline.Sdk.Health.Alerts";

    private readonly ILogger _logger = loggerFactory.CreateLogger(CategoryName);

    [SuppressMessage("Performance", "CA1873:Avoid potentially expensive logging", Justification = "The labels are formatted only after IsEnabled for the alert's level.")]
    public ValueTask SendAsync(Alert alert, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var level = LevelOf(alert);
        if (_logger.IsEnabled(level))
        {
            Log.AlertNotified(_logger, level, alert.Name, alert.Status, alert.Severity, alert.Component, alert.Summary, FormatLabels(alert.Labels));
        }

        return ValueTask.CompletedTask;
    }

    private static LogLevel LevelOf(Alert alert) => alert.Status == AlertStatus.Resolved
        ? LogLevel.Information
        : alert.Severity switch
        {
            AlertSeverity.Critical => LogLevel.Critical,
            AlertSeverity.Error => LogLevel.Error,
            AlertSeverity.Warning => LogLevel.Warning,
            _ => LogLevel.Information,
        };

    /// <summary>Formats labels as <c>key=value</c> pairs in ordinal key order, so the same labels always read the same.</summary>
    private static string FormatLabels(IReadOnlyDictionary<string, string> labels)
    {
        if (labels.Count == 0)
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        foreach (var (key, value) in labels.OrderBy(label => label.Key, StringComparer.Ordinal))
        {
            text.Append(text.Length == 0 ? string.Empty : ", ").Append(key).Append('=').Append(value);
        }

        return text.ToString();
    }
}
