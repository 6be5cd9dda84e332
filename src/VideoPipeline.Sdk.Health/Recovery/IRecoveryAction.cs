namespace VideoPipeline.Sdk.Health;

/// <summary>
/// Something that may bring an unhealthy component back: reset a client, clear a cache region, restart a worker.
/// Registered per component with <c>AddRecoveryAction</c>; run only when <see cref="RecoveryOptions.Enabled"/> and the
/// guards of <see cref="RecoveryOptions"/> allow.
/// </summary>
public interface IRecoveryAction
{
    /// <summary>Gets a short name for the audit log and the logs, for example <c>reset-client</c>.</summary>
    string Name { get; }

    /// <summary>Attempts the recovery. Completing is success; throwing is failure. Should honour the token, which is
    /// cancelled at <see cref="RecoveryOptions.Timeout"/>.</summary>
    /// <param name="component">The component as the latest evaluation saw it.</param>
    /// <param name="cancellationToken">Cancelled at the timeout or when the host stops.</param>
    /// <returns>A task that completes when the attempt is over.</returns>
    ValueTask ExecuteAsync(ComponentHealth component, CancellationToken cancellationToken);
}
