namespace VideoPipeline.Sdk.Caching.DependencyInjection.Internal;

/// <summary>Registered by the first <c>AddCaching</c> call, so that later calls register nothing twice.</summary>
internal sealed class CachingMarker;
