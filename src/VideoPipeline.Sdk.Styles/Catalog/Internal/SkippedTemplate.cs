namespace VideoPipeline.Sdk.Styles.Catalog.Internal;

/// <summary>A built-in template left out because the host's routes do not offer its aspect ratio or frame rate.</summary>
/// <param name="TemplateId">The template's id.</param>
/// <param name="OptionKey">The option that does not list the value: <c>SupportedAspectRatios</c> or <c>SupportedFramesPerSecond</c>.</param>
/// <param name="Value">The template's value, such as <c>21:9</c>.</param>
internal sealed record SkippedTemplate(string TemplateId, string OptionKey, string Value);
