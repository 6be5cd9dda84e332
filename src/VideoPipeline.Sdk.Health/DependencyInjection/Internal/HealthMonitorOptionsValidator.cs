using System.Globalization;
using Microsoft.Extensions.Options;

namespace VideoPipeline.Sdk.Health.DependencyInjection.Internal;

/// <summary>Validates <see cref="HealthMonitorOptions"/>; messages name the configuration key, the value and the allowed range.</summary>
internal sealed class HealthMonitorOptionsValidator : IValidateOptions<HealthMonitorOptions>
{
    public ValidateOptionsResult Validate(string? name, HealthMonitorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        Check(failures, options.CheckInterval >= TimeSpan.FromSeconds(1) && options.CheckInterval <= TimeSpan.FromHours(1), nameof(options.CheckInterval), options.CheckInterval, "between 00:00:01 and 01:00:00");
        Check(failures, IsTimeout(options.DefaultTimeout), nameof(options.DefaultTimeout), options.DefaultTimeout, "between 00:00:00.001 and 00:10:00");
        Check(failures, options.HistorySize is >= 3 and <= 10_000, nameof(options.HistorySize), options.HistorySize, "between 3 and 10000");
        Check(failures, options.CriticalDownScoreCap is >= 0 and <= 100, nameof(options.CriticalDownScoreCap), options.CriticalDownScoreCap, "between 0 and 100");
        ValidateAlerting(failures, options.Alerting);
        ValidatePredictions(failures, options.Predictions);
        ValidateRecovery(failures, options.Recovery);
        foreach (var (component, settings) in options.Components)
        {
            var prefix = $"{nameof(options.Components)}:{component}";
            Check(failures, settings is not null, prefix, "empty", "a component's options");
            if (settings is null)
            {
                continue;
            }

            Check(failures, settings.Kind is null || Enum.IsDefined(settings.Kind.Value), $"{prefix}:{nameof(settings.Kind)}", settings.Kind, "a ComponentKind");
            Check(failures, settings.Weight is null or (>= 0 and <= 1_000), $"{prefix}:{nameof(settings.Weight)}", settings.Weight, "between 0 and 1000");
            Check(failures, settings.Timeout is null || IsTimeout(settings.Timeout.Value), $"{prefix}:{nameof(settings.Timeout)}", settings.Timeout, "between 00:00:00.001 and 00:10:00");
            for (var index = 0; index < settings.DependsOn.Count; index++)
            {
                Check(failures, !string.IsNullOrWhiteSpace(settings.DependsOn[index]), $"{prefix}:{nameof(settings.DependsOn)}:{index}", "empty", "a component name");
            }

            foreach (var (metric, threshold) in settings.Thresholds)
            {
                var key = $"{prefix}:{nameof(settings.Thresholds)}:{metric}";
                if (threshold is null)
                {
                    failures.Add($"{HealthMonitorOptions.SectionName}:{key} is empty; it must be a threshold.");
                    continue;
                }

                Check(failures, double.IsFinite(threshold.Warning) && double.IsFinite(threshold.Critical), key, $"{Format(threshold.Warning)} / {Format(threshold.Critical)}", "finite warning and critical levels");
                var ordered = threshold.Direction == ThresholdDirection.Above ? threshold.Warning <= threshold.Critical : threshold.Warning >= threshold.Critical;
                if (!ordered)
                {
                    failures.Add($"{HealthMonitorOptions.SectionName}:{key}:Warning is {Format(threshold.Warning)}, beyond Critical {Format(threshold.Critical)}; for a threshold {(threshold.Direction == ThresholdDirection.Above ? "above" : "below")} which values are bad, the warning level must come first.");
                }

                Check(failures, Enum.IsDefined(threshold.Direction), $"{key}:{nameof(threshold.Direction)}", threshold.Direction, "Above or Below");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateAlerting(List<string> failures, AlertingOptions alerting)
    {
        const string Prefix = nameof(HealthMonitorOptions.Alerting) + ":";
        Check(failures, Enum.IsDefined(alerting.MinimumSeverity), Prefix + nameof(alerting.MinimumSeverity), alerting.MinimumSeverity, "Info, Warning, Error or Critical");
        Check(failures, alerting.FireAfterChecks is >= 1 and <= 100, Prefix + nameof(alerting.FireAfterChecks), alerting.FireAfterChecks, "between 1 and 100");
        Check(failures, IsBetween(alerting.FireAfter, TimeSpan.Zero, TimeSpan.FromDays(1)), Prefix + nameof(alerting.FireAfter), alerting.FireAfter, "between 00:00:00 and 1.00:00:00");
        Check(failures, IsBetween(alerting.GroupWait, TimeSpan.Zero, TimeSpan.FromHours(1)), Prefix + nameof(alerting.GroupWait), alerting.GroupWait, "between 00:00:00 and 01:00:00");
        Check(failures, IsBetween(alerting.GroupInterval, TimeSpan.FromSeconds(1), TimeSpan.FromDays(1)), Prefix + nameof(alerting.GroupInterval), alerting.GroupInterval, "between 00:00:01 and 1.00:00:00");
        Check(failures, IsBetween(alerting.RepeatInterval, TimeSpan.FromSeconds(1), TimeSpan.FromDays(7)), Prefix + nameof(alerting.RepeatInterval), alerting.RepeatInterval, "between 00:00:01 and 7.00:00:00");
        Check(failures, alerting.RepeatInterval >= alerting.GroupInterval, Prefix + nameof(alerting.RepeatInterval), alerting.RepeatInterval, $"at least GroupInterval ({alerting.GroupInterval})");
        Check(failures, IsBetween(alerting.ResolveAfter, TimeSpan.Zero, TimeSpan.FromDays(1)), Prefix + nameof(alerting.ResolveAfter), alerting.ResolveAfter, "between 00:00:00 and 1.00:00:00");
        Check(failures, alerting.FlapThreshold is >= 2 and <= 100, Prefix + nameof(alerting.FlapThreshold), alerting.FlapThreshold, "between 2 and 100");
        Check(failures, IsBetween(alerting.FlapWindow, TimeSpan.FromSeconds(1), TimeSpan.FromDays(1)), Prefix + nameof(alerting.FlapWindow), alerting.FlapWindow, "between 00:00:01 and 1.00:00:00");
        for (var index = 0; index < alerting.GroupBy.Count; index++)
        {
            Check(failures, !string.IsNullOrWhiteSpace(alerting.GroupBy[index]), $"{Prefix}{nameof(alerting.GroupBy)}:{index}", "empty", "'component' or a label name");
        }

        Check(failures, alerting.MaxActiveAlerts is >= 10 and <= 1_000_000, Prefix + nameof(alerting.MaxActiveAlerts), alerting.MaxActiveAlerts, "between 10 and 1000000");
        Check(failures, alerting.InMemoryCapacity is >= 1 and <= 1_000_000, Prefix + nameof(alerting.InMemoryCapacity), alerting.InMemoryCapacity, "between 1 and 1000000");
        var webhook = alerting.Webhook;
        const string WebhookPrefix = Prefix + nameof(alerting.Webhook) + ":";
        Check(failures, webhook.Endpoint is null || (webhook.Endpoint.IsAbsoluteUri && (webhook.Endpoint.Scheme == Uri.UriSchemeHttp || webhook.Endpoint.Scheme == Uri.UriSchemeHttps)), WebhookPrefix + nameof(webhook.Endpoint), webhook.Endpoint, "an absolute http or https address");
        // Polly's timeout strategy takes 10 ms at the least.
        Check(failures, IsBetween(webhook.Timeout, TimeSpan.FromMilliseconds(10), TimeSpan.FromMinutes(5)), WebhookPrefix + nameof(webhook.Timeout), webhook.Timeout, "between 00:00:00.010 and 00:05:00");
        Check(failures, webhook.MaxRetries is >= 0 and <= 10, WebhookPrefix + nameof(webhook.MaxRetries), webhook.MaxRetries, "between 0 and 10");
        Check(failures, IsBetween(webhook.RetryDelay, TimeSpan.FromMilliseconds(1), TimeSpan.FromMinutes(5)), WebhookPrefix + nameof(webhook.RetryDelay), webhook.RetryDelay, "between 00:00:00.001 and 00:05:00");
        Check(failures, webhook.QueueCapacity is >= 1 and <= 100_000, WebhookPrefix + nameof(webhook.QueueCapacity), webhook.QueueCapacity, "between 1 and 100000");
    }

    private static void ValidatePredictions(List<string> failures, PredictionOptions predictions)
    {
        const string Prefix = nameof(HealthMonitorOptions.Predictions) + ":";
        Check(failures, IsBetween(predictions.Horizon, TimeSpan.FromSeconds(1), TimeSpan.FromDays(30)), Prefix + nameof(predictions.Horizon), predictions.Horizon, "between 00:00:01 and 30.00:00:00");
        Check(failures, predictions.RequiredEvaluations is >= 1 and <= 1_000, Prefix + nameof(predictions.RequiredEvaluations), predictions.RequiredEvaluations, "between 1 and 1000");
        Check(failures, predictions.MinimumLevelFraction is > 0 and <= 1, Prefix + nameof(predictions.MinimumLevelFraction), Format(predictions.MinimumLevelFraction), "greater than 0 and at most 1");
    }

    private static void ValidateRecovery(List<string> failures, RecoveryOptions recovery)
    {
        const string Prefix = nameof(HealthMonitorOptions.Recovery) + ":";
        Check(failures, recovery.AfterUnhealthyEvaluations is >= 1 and <= 1_000, Prefix + nameof(recovery.AfterUnhealthyEvaluations), recovery.AfterUnhealthyEvaluations, "between 1 and 1000");
        Check(failures, recovery.MaxAttemptsPerHour is >= 1 and <= 100, Prefix + nameof(recovery.MaxAttemptsPerHour), recovery.MaxAttemptsPerHour, "between 1 and 100");
        Check(failures, IsBetween(recovery.Backoff, TimeSpan.Zero, TimeSpan.FromDays(1)), Prefix + nameof(recovery.Backoff), recovery.Backoff, "between 00:00:00 and 1.00:00:00");
        Check(failures, IsBetween(recovery.Timeout, TimeSpan.FromMilliseconds(1), TimeSpan.FromHours(1)), Prefix + nameof(recovery.Timeout), recovery.Timeout, "between 00:00:00.001 and 01:00:00");
        Check(failures, recovery.AuditLogSize is >= 1 and <= 100_000, Prefix + nameof(recovery.AuditLogSize), recovery.AuditLogSize, "between 1 and 100000");
    }

    private static bool IsBetween(TimeSpan value, TimeSpan minimum, TimeSpan maximum) => value >= minimum && value <= maximum;

    private static bool IsTimeout(TimeSpan timeout) => timeout >= TimeSpan.FromMilliseconds(1) && timeout <= TimeSpan.FromMinutes(10);

    private static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Check(List<string> failures, bool valid, string key, object? value, string range)
    {
        if (!valid)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"{HealthMonitorOptions.SectionName}:{key} is {value ?? "empty"}; it must be {range}."));
        }
    }
}
