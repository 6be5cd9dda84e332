namespace VideoPipeline.Sdk.Queueing;

/// <summary>Why an attempt of a job failed: the exception's type and message, kept as text so a durable store can keep them.</summary>
/// <param name="ExceptionType">The full name of the exception type, for example <c>System.TimeoutException</c>.</param>
/// <param name="Message">The exception's message.</param>
public sealed record JobError(string ExceptionType, string Message)
{
    /// <summary>Creates the error of an exception.</summary>
    /// <param name="exception">The exception.</param>
    /// <returns>The error.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="exception"/> is <see langword="null"/>.</exception>
    public static JobError FromException(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return new JobError(exception.GetType().FullName ?? exception.GetType().Name, exception.Message);
    }

    /// <inheritdoc/>
    public override string ToString() => $"{ExceptionType}: {Message}";
}
