namespace VideoPipeline.Sdk.Health;

/// <summary>
/// What a component is, which sets its default weight in the health score. An <c>IHealthCheck</c> registered in the host
/// gets its kind from a tag that names one (case-insensitive, for example <c>database</c>), or <see cref="Custom"/>.
/// </summary>
public enum ComponentKind
{
    /// <summary>Anything else. Default weight 1.</summary>
    Custom = 0,

    /// <summary>The web front end users see. Default weight 2.</summary>
    WebFrontEnd = 1,

    /// <summary>An API back end. Default weight 3.</summary>
    ApiBackEnd = 2,

    /// <summary>A database. Default weight 3.</summary>
    Database = 3,

    /// <summary>A cache. Default weight 1.</summary>
    Cache = 4,

    /// <summary>A job queue. Default weight 2.</summary>
    Queue = 5,

    /// <summary>Media or blob storage. Default weight 2.</summary>
    Storage = 6,

    /// <summary>A paid generation provider. Default weight 2.</summary>
    GenerationProvider = 7,
}
