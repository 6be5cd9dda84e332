namespace VideoPipeline.Sdk.Queueing;

/// <summary>What happens to a dependent job when one of its dependencies fails, is cancelled or is dead-lettered.</summary>
public enum DependencyFailureBehavior
{
    /// <summary>The dependent is cancelled, and so are its own dependents that do not say otherwise. The default.</summary>
    CancelDependent = 0,

    /// <summary>The dependent runs anyway once every dependency is final; it can read which ones failed.</summary>
    RunAnyway = 1,
}
