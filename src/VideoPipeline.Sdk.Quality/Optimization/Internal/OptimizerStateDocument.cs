using System.Text.Json;

namespace VideoPipeline.Sdk.Quality.Optimization.Internal;

/// <summary>The optimizer's state as JSON: <c>{"schemaVersion":1,"learner":{…},"runs":[…]}</c>, see <see cref="OptimizerStateJson"/>.</summary>
internal sealed class OptimizerStateDocument
{
    /// <summary>Gets the schema version; <see cref="OptimizerStateJson.SchemaVersion"/> when written.</summary>
    public required int SchemaVersion { get; init; }

    /// <summary>Gets the learner's own state document.</summary>
    public required JsonElement Learner { get; init; }

    /// <summary>Gets the runs that can still take feedback, oldest first.</summary>
    public required IReadOnlyList<RunState> Runs { get; init; }
}
