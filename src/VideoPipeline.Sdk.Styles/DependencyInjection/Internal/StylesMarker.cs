namespace VideoPipeline.Sdk.Styles.DependencyInjection.Internal;

/// <summary>Registered by the first <c>AddStyles</c> call, so that later calls register nothing twice.</summary>
internal sealed class StylesMarker;
