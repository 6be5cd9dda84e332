namespace VideoPipeline.Sdk.Quality;

/// <summary>Where a <see cref="GenerationRoute"/> is in its life on a given date.</summary>
public enum RouteStatus
{
    /// <summary>Neither deprecated nor removed: the route is chosen normally.</summary>
    Active = 0,

    /// <summary>On or past its <see cref="GenerationRoute.DeprecatedOn"/> date: still served, but chosen only when no active
    /// route of the same kind and tier exists.</summary>
    Deprecated = 1,

    /// <summary>On or past its <see cref="GenerationRoute.RemovedOn"/> date: never chosen.</summary>
    Removed = 2,
}
