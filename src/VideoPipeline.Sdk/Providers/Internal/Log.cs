using Microsoft.Extensions.Logging;

namespace VideoPipeline.Sdk.Providers.Internal;

/// <summary>Source-generated log messages of provider calls. Prompts are never logged.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Warning, "Generation provider {Provider} did not answer a {Kind} request within {Timeout}.")]
    public static partial void ProviderTimedOut(ILogger logger, string provider, MediaKind kind, TimeSpan timeout);

    [LoggerMessage(2, LogLevel.Warning, "Generation provider {Provider} failed a {Kind} request: {ErrorKind} (HTTP status {StatusCode}).")]
    public static partial void ProviderFailed(ILogger logger, string provider, MediaKind kind, GenerationErrorKind errorKind, int? statusCode);

    [LoggerMessage(3, LogLevel.Debug, "Generation provider {Provider} failure detail.")]
    public static partial void ProviderFailureDetail(ILogger logger, string provider, Exception exception);
}
