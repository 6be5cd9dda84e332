namespace VideoPipeline.Sdk.Health.DependencyInjection.Internal;

/// <summary>Registered by the first <c>AddHealthMonitoring</c> call, so that later calls register nothing twice.</summary>
internal sealed class HealthMarker;
