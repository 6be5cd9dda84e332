namespace VideoPipeline.Sdk.Quality.Learning.Internal;

/// <summary>The learner's state as JSON: <c>{"schemaVersion":1,"arms":[…]}</c>, see <see cref="LearnerStateJson"/>.</summary>
internal sealed class LearnerStateDocument
{
    /// <summary>Gets the schema version; <see cref="LearnerStateJson.SchemaVersion"/> when written.</summary>
    public required int SchemaVersion { get; init; }

    /// <summary>Gets the arms that have feedback, ordered by content type and profile.</summary>
    public required IReadOnlyList<LearnerArmState> Arms { get; init; }
}
