namespace VideoPipeline.Sdk;

/// <summary>
/// How serious an alert is, in ascending order, so that severities compare with <c>&lt;</c> and <c>&gt;</c>.
/// </summary>
public enum AlertSeverity
{
    /// <summary>Worth knowing; no action needed.</summary>
    Info = 0,

    /// <summary>Something degrades or is about to; look at it soon.</summary>
    Warning = 1,

    /// <summary>Something fails for some requests; act now.</summary>
    Error = 2,

    /// <summary>Something is down or about to lose data; wake someone up.</summary>
    Critical = 3,
}
