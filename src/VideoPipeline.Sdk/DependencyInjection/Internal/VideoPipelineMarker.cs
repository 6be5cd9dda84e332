namespace VideoPipeline.Sdk.DependencyInjection.Internal;

/// <summary>Registered once by <c>AddVideoPipeline</c>, so that a second call registers nothing twice.</summary>
internal sealed class VideoPipelineMarker;
