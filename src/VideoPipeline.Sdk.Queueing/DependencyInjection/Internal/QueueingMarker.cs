namespace VideoPipeline.Sdk.Queueing.DependencyInjection.Internal;

/// <summary>Registered by the first <c>AddQueueing</c> call, so that later calls register nothing twice.</summary>
internal sealed class QueueingMarker;
