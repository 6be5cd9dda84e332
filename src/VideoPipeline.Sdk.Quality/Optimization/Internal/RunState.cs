namespace VideoPipeline.Sdk.Quality.Optimization.Internal;

/// <summary>One run in the optimizer's state JSON: <c>{"id":"…","contentType":"narrative","profile":"standard"}</c>.</summary>
internal sealed class RunState
{
    /// <summary>Gets the run's id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the content type's name, as the learner's state writes it.</summary>
    public required string ContentType { get; init; }

    /// <summary>Gets the profile's name, as the learner's state writes it.</summary>
    public required string Profile { get; init; }
}
