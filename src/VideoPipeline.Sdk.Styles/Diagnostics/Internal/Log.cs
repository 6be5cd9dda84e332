using Microsoft.Extensions.Logging;

namespace VideoPipeline.Sdk.Styles.Diagnostics.Internal;

/// <summary>The Styles package's log messages, source-generated.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Built-in style template '{TemplateId}' is left out: its value {Value} is not in VideoPipeline:Styles:{OptionKey}. Add it there if your provider routes offer it.")]
    public static partial void BuiltInTemplateLeftOut(ILogger logger, string templateId, string value, string optionKey);

    [LoggerMessage(2, LogLevel.Debug, "The style catalog has {Count} templates.")]
    public static partial void CatalogLoaded(ILogger logger, int count);
}
