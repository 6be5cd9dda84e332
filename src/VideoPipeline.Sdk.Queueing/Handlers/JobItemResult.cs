namespace VideoPipeline.Sdk.Queueing;

/// <summary>The outcome of one item of a batch: a result, or the exception that failed it.</summary>
public readonly struct JobItemResult
{
    private JobItemResult(object? value, Exception? exception)
    {
        Value = value;
        Exception = exception;
    }

    /// <summary>Gets a value indicating whether the item succeeded.</summary>
    public bool Succeeded => Exception is null;

    /// <summary>Gets the item's result when it succeeded.</summary>
    public object? Value { get; }

    /// <summary>Gets why the item failed; the queue's retry filter decides whether it is retried.</summary>
    public Exception? Exception { get; }

    /// <summary>Creates the result of an item that succeeded.</summary>
    /// <param name="value">The result, or <see langword="null"/>.</param>
    /// <returns>The item result.</returns>
    public static JobItemResult Success(object? value = null) => new(value, null);

    /// <summary>Creates the result of an item that failed.</summary>
    /// <param name="exception">Why it failed.</param>
    /// <returns>The item result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="exception"/> is <see langword="null"/>.</exception>
    public static JobItemResult Failure(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return new(null, exception);
    }
}
