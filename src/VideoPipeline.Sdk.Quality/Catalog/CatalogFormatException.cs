namespace VideoPipeline.Sdk.Quality;

/// <summary>
/// A provider catalog's JSON is malformed or breaks the catalog's schema: its message names the entry (by
/// <see cref="RouteId"/> when known) and the <see cref="Path"/> of the bad value, and says what is wrong, for example
/// <c>Catalog entry 'google-veo-3.1-fast' ($.routes[3].price.amount): is -0.1; it must not be negative.</c>
/// </summary>
/// <remarks>
/// For a syntax error the message also gives the line and position (both from 1), and <see cref="Exception.InnerException"/>
/// is the <see cref="System.Text.Json.JsonException"/> with <see cref="System.Text.Json.JsonException.LineNumber"/> and
/// <see cref="System.Text.Json.JsonException.BytePositionInLine"/> (both from 0).
/// </remarks>
public sealed class CatalogFormatException : FormatException
{
    /// <summary>Initializes a new instance of the <see cref="CatalogFormatException"/> class for the catalog as a whole.</summary>
    public CatalogFormatException()
        : this("The provider catalog is malformed.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="CatalogFormatException"/> class for the catalog as a whole.</summary>
    /// <param name="message">The error message.</param>
    public CatalogFormatException(string message)
        : this(message, innerException: null)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="CatalogFormatException"/> class for the catalog as a whole.</summary>
    /// <param name="message">The error message.</param>
    /// <param name="innerException">The error that caused this one, if any.</param>
    public CatalogFormatException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Path = "$";
    }

    private CatalogFormatException(string? routeId, string path, string message, Exception? innerException)
        : base(message, innerException)
    {
        RouteId = routeId;
        Path = path;
    }

    /// <summary>Gets the id of the catalog entry that is wrong, or <see langword="null"/> when the error is outside an entry or
    /// the entry has no readable id.</summary>
    public string? RouteId { get; }

    /// <summary>Gets the JSON path of the bad value, such as <c>$.routes[3].price.amount</c>; <c>$</c> for the whole document.</summary>
    public string Path { get; }

    /// <summary>Creates the exception for a bad value, with a message that names the entry and the path.</summary>
    /// <param name="routeId">The entry's id, when known.</param>
    /// <param name="path">The JSON path of the bad value.</param>
    /// <param name="detail">What is wrong, as a sentence without a subject (<c>is -1; it must not be negative.</c>).</param>
    /// <param name="innerException">The error that caused this one, if any.</param>
    /// <returns>The exception.</returns>
    internal static CatalogFormatException At(string? routeId, string path, string detail, Exception? innerException = null) =>
        new(routeId, path, (routeId is null ? $"Catalog JSON ({path}): " : $"Catalog entry '{routeId}' ({path}): ") + detail, innerException);
}
