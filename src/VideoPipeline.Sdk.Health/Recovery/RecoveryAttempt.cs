namespace VideoPipeline.Sdk.Health;

/// <summary>One recovery attempt in the audit log.</summary>
/// <param name="Component">The component it was for.</param>
/// <param name="Action">The action's <see cref="IRecoveryAction.Name"/>.</param>
/// <param name="Timestamp">When it started.</param>
/// <param name="Outcome">How it ended.</param>
/// <param name="Duration">How long it ran (zero for a dry run).</param>
/// <param name="Description">Why it ran and, when it failed, the exception type and message.</param>
public sealed record RecoveryAttempt(
    string Component,
    string Action,
    DateTimeOffset Timestamp,
    RecoveryOutcome Outcome,
    TimeSpan Duration,
    string Description);
