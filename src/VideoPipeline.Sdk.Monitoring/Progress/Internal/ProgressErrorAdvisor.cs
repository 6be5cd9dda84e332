using System.Globalization;
using System.Net;
using System.Net.Http;
using System.Text.RegularExpressions;

namespace VideoPipeline.Sdk.Monitoring.Progress.Internal;

/// <summary>
/// Turns a step's exception into a <see cref="ProgressError"/> with an actionable suggestion, by
/// <see cref="GenerationProviderException.ErrorKind"/>, HTTP status code (429, 408, 504, 5xx, 400, 401, 403, 422), or
/// exception type (<see cref="TimeoutException"/>, <see cref="TaskCanceledException"/>, <see cref="ArgumentException"/>).
/// </summary>
internal static partial class ProgressErrorAdvisor
{
    public static ProgressError Describe(Exception exception) => exception switch
    {
        GenerationProviderException provider => DescribeProvider(provider),
        HttpRequestException { StatusCode: { } status } http => DescribeStatus(http, (int)status, retryAfter: null),
        TimeoutException or TaskCanceledException => Create(exception, TimeoutSuggestion, transient: true),
        OperationCanceledException => Create(exception, "The step was cancelled; rerun it if the cancellation was not intended.", transient: false),
        ArgumentException argument => DescribeInvalid(argument, argument.ParamName),
        _ => Create(exception, $"Unexpected {exception.GetType().Name}; see the message and the stack trace of the exception where it was thrown.", transient: false),
    };

    /// <summary>
    /// Finds the parameter a message names: the first identifier that follows <c>parameter</c>, <c>field</c>,
    /// <c>property</c> or <c>argument</c> (case-insensitive) in quotes or after a colon or an equals sign, for example
    /// <c>size</c> in <c>Invalid value for parameter 'size'</c> or <c>aspect_ratio</c> in <c>unknown field: aspect_ratio</c>.
    /// A bare word (<c>parameter value too large</c>) is not taken for a name.
    /// </summary>
    public static string? ParseParameterName(string message)
    {
        var match = ParameterPattern().Match(message);
        return match.Success ? match.Groups["name"].Value : null;
    }

    private const string TimeoutSuggestion =
        "The work did not finish in time: raise the timeout, or choose a faster (cheaper) quality profile.";

    private static ProgressError DescribeProvider(GenerationProviderException exception) => exception.ErrorKind switch
    {
        GenerationErrorKind.RateLimited => RateLimited(exception, exception.RetryAfter),
        GenerationErrorKind.Timeout => Create(exception, TimeoutSuggestion, transient: true),
        GenerationErrorKind.InvalidRequest => DescribeInvalid(exception, exception.ParameterName),
        GenerationErrorKind.ContentRejected => Create(exception, "The provider refused the content: change the prompt or the input media.", transient: false),
        GenerationErrorKind.Transient => Create(exception, "A temporary provider failure: retry with backoff.", transient: true),
        _ when exception.StatusCode is { } status => DescribeStatus(exception, status, exception.RetryAfter),
        _ => Create(exception, "The provider failed permanently: retrying the same request will not help; check the provider's status, the account and the request.", transient: false),
    };

    private static ProgressError DescribeStatus(Exception exception, int status, TimeSpan? retryAfter) => status switch
    {
        (int)HttpStatusCode.TooManyRequests => RateLimited(exception, retryAfter),
        (int)HttpStatusCode.RequestTimeout or (int)HttpStatusCode.GatewayTimeout => Create(exception, TimeoutSuggestion, transient: true),
        (int)HttpStatusCode.BadRequest or (int)HttpStatusCode.UnprocessableEntity => DescribeInvalid(exception, parameterName: null),
        (int)HttpStatusCode.Unauthorized or (int)HttpStatusCode.Forbidden => Create(exception, $"The server refused the credentials (HTTP {status}): check the API key and the account's permissions.", transient: false),
        >= 500 and < 600 => Create(exception, $"A temporary server failure (HTTP {status}): retry with backoff.", transient: true),
        _ => Create(exception, $"The server answered HTTP {status}: see the message for what it rejected.", transient: false),
    };

    private static ProgressError RateLimited(Exception exception, TimeSpan? retryAfter)
    {
        var wait = retryAfter is { } delay
            ? string.Create(CultureInfo.InvariantCulture, $", and wait at least {delay.TotalSeconds:0.###} s before retrying as the provider asked")
            : ", and retry with backoff";
        return Create(exception, $"The provider is rate limiting: lower the concurrency of this step type (or of the provider's jobs){wait}.", transient: true);
    }

    private static ProgressError DescribeInvalid(Exception exception, string? parameterName)
    {
        var name = string.IsNullOrWhiteSpace(parameterName) ? ParseParameterName(exception.Message) : parameterName;
        var suggestion = name is null
            ? "The request was rejected as invalid: check its parameters against the provider's limits."
            : $"The parameter '{name}' was rejected: correct its value (see the message for the allowed range).";
        return Create(exception, suggestion, transient: false) with { ParameterName = name };
    }

    private static ProgressError Create(Exception exception, string suggestion, bool transient) => new()
    {
        ExceptionType = exception.GetType().FullName ?? exception.GetType().Name,
        Message = exception.Message,
        Suggestion = suggestion,
        IsTransient = transient,
    };

    [GeneratedRegex("""\b(?:parameter|field|property|argument)\s*(?:[:=]\s*['"`]?|['"`])(?<name>[A-Za-z_][A-Za-z0-9_.\-]*)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex ParameterPattern();
}
