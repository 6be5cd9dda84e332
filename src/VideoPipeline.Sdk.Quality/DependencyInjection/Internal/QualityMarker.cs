namespace VideoPipeline.Sdk.Quality.DependencyInjection.Internal;

/// <summary>Registered by the first <c>AddQuality</c> call, so that later calls register nothing twice.</summary>
internal sealed class QualityMarker;
