using System.Globalization;
using System.Text.Json;

namespace VideoPipeline.Sdk.Quality.Learning.Internal;

/// <summary>
/// Writes and reads the learner's state:
/// <c>{"schemaVersion":1,"arms":[{"contentType":"narrative","profile":"premium","positive":3.5,"negative":1.5}]}</c>,
/// one entry per content type and profile that has feedback. Reading checks everything and reports the first problem
/// with a <see cref="FormatException"/> that names the entry.
/// </summary>
internal static class LearnerStateJson
{
    /// <summary>The schema version written, and the only one read.</summary>
    public const int SchemaVersion = 1;

    /// <summary>The most weighted observations an arm holds (positive + negative): 10^12.</summary>
    public const double MaximumObservations = 1e12;

    private const string SchemaVersionName = "schemaVersion";

    /// <summary>Writes the state.</summary>
    /// <param name="positive">Σ weight × reward per arm, indexed as <see cref="LearnerArms.IndexOf"/>.</param>
    /// <param name="negative">Σ weight × (1 − reward) per arm.</param>
    /// <returns>The JSON, without indentation.</returns>
    public static string Write(ReadOnlySpan<double> positive, ReadOnlySpan<double> negative)
    {
        var arms = new List<LearnerArmState>();
        for (var index = 0; index < positive.Length; index++)
        {
            if (positive[index] + negative[index] > 0)
            {
                arms.Add(new LearnerArmState
                {
                    ContentType = LearnerArms.ContentTypeNameOf(index),
                    Profile = LearnerArms.ProfileNameOf(index),
                    Positive = positive[index],
                    Negative = negative[index],
                });
            }
        }

        var document = new LearnerStateDocument { SchemaVersion = SchemaVersion, Arms = arms };
        return JsonSerializer.Serialize(document, LearnerStateJsonContext.Default.LearnerStateDocument);
    }

    /// <summary>Reads a state written by <see cref="Write"/> (or by hand in the same schema).</summary>
    /// <param name="json">The JSON.</param>
    /// <returns>Σ weight × reward and Σ weight × (1 − reward) per arm, indexed as <see cref="LearnerArms.IndexOf"/>; arms
    /// that are not listed are 0.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The JSON is malformed, its schema version is not <see cref="SchemaVersion"/>, it
    /// has a property the schema does not know or lacks one it requires, or an entry names an unknown content type or
    /// profile, repeats an arm, or has a sum that is negative or too large; the message names the entry.</exception>
    public static (double[] Positive, double[] Negative) Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var document = Parse(json);
        var positive = new double[LearnerArms.Count];
        var negative = new double[LearnerArms.Count];
        var entryOfArm = new int[LearnerArms.Count];
        Array.Fill(entryOfArm, -1);
        for (var entry = 0; entry < document.Arms.Count; entry++)
        {
            var arm = document.Arms[entry] ?? throw Invalid($"arms[{entry}] is null; it must be an object with contentType, profile, positive and negative.");
            if (!LearnerArms.TryParseContentType(arm.ContentType, out var contentType))
            {
                throw Invalid($"arms[{entry}].contentType is '{arm.ContentType}'; it must be one of {LearnerArms.ContentTypeNameList}.");
            }

            if (!LearnerArms.TryParseProfile(arm.Profile, out var profile))
            {
                throw Invalid($"arms[{entry}].profile is '{arm.Profile}'; it must be one of {LearnerArms.ProfileNameList}.");
            }

            CheckSum(entry, "positive", arm.Positive);
            CheckSum(entry, "negative", arm.Negative);
            if (arm.Positive + arm.Negative > MaximumObservations)
            {
                throw Invalid($"arms[{entry}] ({arm.ContentType}, {arm.Profile}): positive + negative is {arm.Positive + arm.Negative}; it must be at most {MaximumObservations}.");
            }

            var index = LearnerArms.IndexOf(contentType, profile);
            if (entryOfArm[index] >= 0)
            {
                throw Invalid($"arms[{entry}] ({arm.ContentType}, {arm.Profile}) repeats the arm of arms[{entryOfArm[index]}]; each content type and profile may appear once.");
            }

            entryOfArm[index] = entry;
            positive[index] = arm.Positive;
            negative[index] = arm.Negative;
        }

        return (positive, negative);
    }

    private static LearnerStateDocument Parse(string json)
    {
        try
        {
            using var parsed = JsonDocument.Parse(json);
            var root = parsed.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw Invalid($"the root is {root.ValueKind}; it must be an object with {SchemaVersionName} and arms.");
            }

            // The version is checked before the rest, so that a state of another version is reported as such rather than as
            // properties this version does not know.
            if (!root.TryGetProperty(SchemaVersionName, out var version))
            {
                throw Invalid($"{SchemaVersionName} is missing; it must be {SchemaVersion}.");
            }

            if (version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var number) || number != SchemaVersion)
            {
                throw Invalid($"{SchemaVersionName} is {version.GetRawText()}; this version of VideoPipeline.Sdk.Quality reads schema version {SchemaVersion}.");
            }

            return root.Deserialize(LearnerStateJsonContext.Default.LearnerStateDocument)!;
        }
        catch (JsonException exception)
        {
            throw new FormatException($"Learner state: not valid JSON of schema version {SchemaVersion}: {exception.Message}", exception);
        }
    }

    private static void CheckSum(int entry, string name, double value)
    {
        // JSON has no NaN; a number too large for a double (1e400) is read as infinity, which the range rejects.
        if (value is < 0 or > MaximumObservations)
        {
            throw Invalid($"arms[{entry}].{name} is {value}; it must be 0 to {MaximumObservations}.");
        }
    }

    private static FormatException Invalid(FormattableString problem) =>
        new("Learner state: " + problem.ToString(CultureInfo.InvariantCulture));
}
