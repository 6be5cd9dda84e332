using System.Text.Json.Serialization;

namespace VideoPipeline.Sdk.Quality.Optimization.Internal;

/// <summary>The optimizer's state JSON, source-generated with the same strictness as the learner's: camel case, every
/// property required, unknown properties rejected.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true)]
[JsonSerializable(typeof(OptimizerStateDocument))]
internal sealed partial class OptimizerStateJsonContext : JsonSerializerContext;
