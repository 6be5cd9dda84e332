namespace VideoPipeline.Sdk.Health.Tests.Alerting.Routing;

/// <summary>A notification a <see cref="RecordingAlertSink"/> received, and when.</summary>
internal sealed record ReceivedNotification(DateTimeOffset At, Alert Alert);
