namespace VideoPipeline.Sdk;

/// <summary>
/// The priority of a unit of work. Lower numeric values are more urgent, so the values can index priority lanes.
/// </summary>
public enum JobPriority
{
    /// <summary>Starts at the next free slot, ahead of every other priority.</summary>
    Urgent = 0,

    /// <summary>Interactive work a user is waiting for.</summary>
    High = 1,

    /// <summary>The default priority.</summary>
    Medium = 2,

    /// <summary>Background work such as pre-generation and re-renders.</summary>
    Low = 3,
}
