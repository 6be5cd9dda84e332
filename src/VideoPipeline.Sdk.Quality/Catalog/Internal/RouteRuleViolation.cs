namespace VideoPipeline.Sdk.Quality.Catalog.Internal;

/// <summary>A broken rule across a route's fields.</summary>
/// <param name="Field">The field to blame, as its JSON path below the route (<c>resolutions</c>, <c>price.unit</c>), which
/// is also the configuration key below the route's options with each part in Pascal case (<c>Price:Unit</c>).</param>
/// <param name="Message">What is wrong, as a sentence (<c>a video route needs at least one resolution.</c>).</param>
internal readonly record struct RouteRuleViolation(string Field, string Message);
