using Microsoft.Extensions.Logging;

namespace VideoPipeline.Sdk.Quality.Diagnostics.Internal;

/// <summary>The Quality package's log messages, source-generated. Scripts are user content and are never logged.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Debug, "Quality run {RunId}: {Level} for {ContentType} content, expected cost {ExpectedCost} (at most {MaximumCost}), expected quality {ExpectedQuality:0.000}.")]
    public static partial void Decided(ILogger logger, string runId, QualityLevel level, ContentType contentType, Money expectedCost, Money maximumCost, double expectedQuality);

    [LoggerMessage(2, LogLevel.Information, "No quality profile fits the constraints for {ContentType} content: {Rationale}")]
    public static partial void NothingFits(ILogger logger, ContentType contentType, string rationale);

    [LoggerMessage(3, LogLevel.Warning, "Feedback ({FeedbackKind}) for unknown quality run {RunId} was ignored: the run was never recommended by this optimizer or its imported state, or was forgotten after VideoPipeline:Quality:MaxTrackedRuns newer runs.")]
    public static partial void UnknownRun(ILogger logger, FeedbackKind feedbackKind, string runId);
}
