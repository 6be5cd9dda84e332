namespace VideoPipeline.Sdk;

/// <summary>
/// Receives alerts. Packages raise alerts through it; the Health package routes, groups and cools them down, and
/// integrators add their own sinks (chat, paging) by registering implementations in the service collection.
/// </summary>
public interface IAlertSink
{
    /// <summary>Delivers an alert. Implementations must not block for long; callers do not wait on slow destinations.</summary>
    /// <param name="alert">The alert.</param>
    /// <param name="cancellationToken">A token to cancel the delivery.</param>
    /// <returns>A task that completes when the sink has taken the alert.</returns>
    ValueTask SendAsync(Alert alert, CancellationToken cancellationToken = default);
}
