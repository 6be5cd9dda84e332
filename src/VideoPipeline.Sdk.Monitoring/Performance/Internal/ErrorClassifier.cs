using System.Net.Http;
using VideoPipeline.Sdk.Monitoring.Statistics.Internal;

namespace VideoPipeline.Sdk.Monitoring.Performance.Internal;

/// <summary>
/// Turns a failure into a bounded <c>error.type</c> value: an HTTP status code, a <see cref="GenerationErrorKind"/> in snake
/// case, <c>timeout</c>, or the exception's type name, with at most <see cref="MaxExceptionTypes"/> distinct type names
/// (the rest are <c>_OTHER</c>). Returns cached strings, so classifying allocates nothing after the first time.
/// </summary>
internal sealed class ErrorClassifier
{
    public const int MaxExceptionTypes = 64;
    public const string Timeout = "timeout";

    private static readonly string[] StatusCodes = [.. Enumerable.Range(0, 600).Select(code => code.ToString(System.Globalization.CultureInfo.InvariantCulture))];
    private static readonly string[] ErrorKinds = ["permanent", "transient", "rate_limited", "timeout", "invalid_request", "content_rejected"];

    private readonly CappedSeriesTable<Type, string> _exceptionTypes =
        new(MaxExceptionTypes, type => type.FullName ?? type.Name, () => LabelledSeries.Other);

    public static string? OfStatusCode(int statusCode) =>
        statusCode is >= 100 and < 600 ? StatusCodes[statusCode] : null;

    public string Classify(Exception exception) => exception switch
    {
        GenerationProviderException provider when (uint)provider.ErrorKind < (uint)ErrorKinds.Length => ErrorKinds[(int)provider.ErrorKind],
        HttpRequestException { StatusCode: { } status } when OfStatusCode((int)status) is { } code => code,
        TimeoutException or OperationCanceledException => Timeout,
        _ => _exceptionTypes.GetOrAdd(exception.GetType(), out _),
    };
}
