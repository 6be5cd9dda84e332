using System.Collections.Immutable;

namespace VideoPipeline.Sdk;

/// <summary>
/// A condition worth telling someone about, raised by any package and delivered through <see cref="IAlertSink"/>.
/// </summary>
/// <remarks>
/// An alert's identity is its <see cref="Name"/>, <see cref="Component"/> and <see cref="Labels"/>: routing de-duplicates,
/// groups and cools down alerts by them, so they must be bounded values, never a prompt, a user id or a job id.
/// </remarks>
public sealed record Alert
{
    /// <summary>
    /// Initializes a new instance of the <see cref="Alert"/> class.
    /// </summary>
    /// <param name="name">The condition, as a stable dotted name, for example <c>queue.depth.high</c>.</param>
    /// <param name="severity">How serious it is.</param>
    /// <param name="component">The component it concerns, for example <c>cache</c> or a provider name.</param>
    /// <param name="summary">One line for a human.</param>
    /// <param name="timestamp">When the condition was observed, from a <see cref="TimeProvider"/>.</param>
    /// <exception cref="ArgumentException">A text argument is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="severity"/> is not a defined value.</exception>
    public Alert(string name, AlertSeverity severity, string component, string summary, DateTimeOffset timestamp)
    {
        Name = name;
        Severity = severity;
        Component = component;
        Summary = summary;
        Timestamp = timestamp;
    }

    /// <summary>Gets the condition, as a stable dotted name.</summary>
    /// <exception cref="ArgumentException">Set to an empty or white-space name.</exception>
    public string Name
    {
        get;
        init => field = RequireText(value, nameof(Name));
    }

    /// <summary>Gets how serious the alert is.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to an undefined value.</exception>
    public AlertSeverity Severity
    {
        get;
        init => field = Enum.IsDefined(value)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(Severity), value, "Severity must be Info, Warning, Error or Critical.");
    }

    /// <summary>Gets the component the alert concerns.</summary>
    /// <exception cref="ArgumentException">Set to an empty or white-space name.</exception>
    public string Component
    {
        get;
        init => field = RequireText(value, nameof(Component));
    }

    /// <summary>Gets one line for a human.</summary>
    /// <exception cref="ArgumentException">Set to an empty or white-space text.</exception>
    public string Summary
    {
        get;
        init => field = RequireText(value, nameof(Summary));
    }

    /// <summary>Gets details: what was measured, against which threshold, and what to do.</summary>
    /// <value>The default is <see langword="null"/>.</value>
    public string? Description { get; init; }

    /// <summary>Gets whether the condition holds or has cleared.</summary>
    /// <value>The default is <see cref="AlertStatus.Firing"/>.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set to an undefined value.</exception>
    public AlertStatus Status
    {
        get;
        init => field = Enum.IsDefined(value)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(Status), value, "Status must be Firing or Resolved.");
    }

    /// <summary>Gets bounded labels that refine the alert's identity, for example <c>provider=synthetic</c>.</summary>
    /// <value>The default is empty.</value>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public IReadOnlyDictionary<string, string> Labels
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Labels));
    } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Gets when the condition was observed.</summary>
    public DateTimeOffset Timestamp { get; init; }

    private static string RequireText(string? value, string propertyName)
    {
        ArgumentNullException.ThrowIfNull(value, propertyName);
        return string.IsNullOrWhiteSpace(value)
            ? throw new ArgumentException($"{propertyName} must not be empty or white space.", propertyName)
            : value;
    }
}
