namespace VideoPipeline.Sdk.Health;

/// <summary>How a recovery attempt ended.</summary>
public enum RecoveryOutcome
{
    /// <summary>The action completed.</summary>
    Succeeded = 0,

    /// <summary>The action threw.</summary>
    Failed = 1,

    /// <summary>The action did not complete within <see cref="RecoveryOptions.Timeout"/>.</summary>
    TimedOut = 2,

    /// <summary>The action would have run, but <see cref="RecoveryOptions.DryRun"/> is set.</summary>
    DryRun = 3,
}
