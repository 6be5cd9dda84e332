using System.Globalization;
using System.Text.Json;
using VideoPipeline.Sdk.Quality.Learning.Internal;

namespace VideoPipeline.Sdk.Quality.Optimization.Internal;

/// <summary>
/// Writes and reads the optimizer's state: the learner's state and the runs that can still take feedback,
/// <c>{"schemaVersion":1,"learner":{"schemaVersion":1,"arms":[…]},"runs":[{"id":"…","contentType":"narrative","profile":"standard"}]}</c>.
/// Reading checks the runs here and leaves the learner's part to <see cref="LearnerStateJson"/>.
/// </summary>
internal static class OptimizerStateJson
{
    /// <summary>The schema version written, and the only one read.</summary>
    public const int SchemaVersion = 1;

    private const string SchemaVersionName = "schemaVersion";

    public static string Write(string learnerState, IReadOnlyList<KeyValuePair<string, TrackedRun>> runs)
    {
        using var learner = JsonDocument.Parse(learnerState);
        var document = new OptimizerStateDocument
        {
            SchemaVersion = SchemaVersion,
            Learner = learner.RootElement,
            Runs = [.. runs.Select(run => new RunState
            {
                Id = run.Key,
                ContentType = LearnerArms.NameOf(run.Value.ContentType),
                Profile = LearnerArms.NameOf(run.Value.Level),
            })],
        };
        return JsonSerializer.Serialize(document, OptimizerStateJsonContext.Default.OptimizerStateDocument);
    }

    /// <summary>Reads a state written by <see cref="Write"/>.</summary>
    /// <returns>The learner's state JSON (not yet checked) and the runs, oldest first.</returns>
    /// <exception cref="FormatException">The JSON is malformed, of another schema version, or a run is invalid or repeated;
    /// the message names the entry.</exception>
    public static (string LearnerState, IReadOnlyList<KeyValuePair<string, TrackedRun>> Runs) Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var document = Parse(json);
        var runs = new List<KeyValuePair<string, TrackedRun>>(document.Runs.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var entry = 0; entry < document.Runs.Count; entry++)
        {
            var run = document.Runs[entry] ?? throw Invalid($"runs[{entry}] is null; it must be an object with id, contentType and profile.");
            if (string.IsNullOrWhiteSpace(run.Id))
            {
                throw Invalid($"runs[{entry}].id is empty; it must be the run id a recommendation returned.");
            }

            if (!LearnerArms.TryParseContentType(run.ContentType, out var contentType))
            {
                throw Invalid($"runs[{entry}].contentType is '{run.ContentType}'; it must be one of {LearnerArms.ContentTypeNameList}.");
            }

            if (!LearnerArms.TryParseProfile(run.Profile, out var level))
            {
                throw Invalid($"runs[{entry}].profile is '{run.Profile}'; it must be one of {LearnerArms.ProfileNameList}.");
            }

            if (!seen.Add(run.Id))
            {
                throw Invalid($"runs[{entry}].id '{run.Id}' appears more than once.");
            }

            runs.Add(KeyValuePair.Create(run.Id, new TrackedRun(contentType, level)));
        }

        return (document.Learner.GetRawText(), runs);
    }

    private static OptimizerStateDocument Parse(string json)
    {
        try
        {
            using var parsed = JsonDocument.Parse(json);
            var root = parsed.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw Invalid($"the root is {root.ValueKind}; it must be an object with {SchemaVersionName}, learner and runs.");
            }

            if (!root.TryGetProperty(SchemaVersionName, out var version))
            {
                throw Invalid($"{SchemaVersionName} is missing; it must be {SchemaVersion}.");
            }

            if (version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var number) || number != SchemaVersion)
            {
                throw Invalid($"{SchemaVersionName} is {version.GetRawText()}; this version of VideoPipeline.Sdk.Quality reads schema version {SchemaVersion}.");
            }

            // Deserialize clones the learner element out of the parsed document, so it outlives it.
            return root.Deserialize(OptimizerStateJsonContext.Default.OptimizerStateDocument)!;
        }
        catch (JsonException exception)
        {
            throw new FormatException($"Optimizer state: not valid JSON of schema version {SchemaVersion}: {exception.Message}", exception);
        }
    }

    private static FormatException Invalid(FormattableString problem) =>
        new("Optimizer state: " + problem.ToString(CultureInfo.InvariantCulture));
}
