using System.Text.Json.Serialization;

namespace VideoPipeline.Sdk.Quality.Learning.Internal;

/// <summary>
/// The learner's state JSON, source-generated: camel-case names, every property required, unknown properties and
/// <see langword="null"/> where a value is required rejected, so that a typo in a hand-edited state is an error and not a
/// silently lost arm.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true)]
[JsonSerializable(typeof(LearnerStateDocument))]
internal sealed partial class LearnerStateJsonContext : JsonSerializerContext;
