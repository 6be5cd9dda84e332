namespace VideoPipeline.Sdk;

/// <summary>
/// Whether the condition behind an alert holds or has cleared.
/// </summary>
public enum AlertStatus
{
    /// <summary>The condition holds.</summary>
    Firing = 0,

    /// <summary>The condition has cleared.</summary>
    Resolved = 1,
}
