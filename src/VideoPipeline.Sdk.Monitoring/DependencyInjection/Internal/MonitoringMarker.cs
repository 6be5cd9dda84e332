namespace VideoPipeline.Sdk.Monitoring.DependencyInjection.Internal;

/// <summary>Registered once by <c>AddMonitoring</c>, so that a second call registers nothing twice.</summary>
internal sealed class MonitoringMarker;
