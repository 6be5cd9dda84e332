using System.Text.Json.Serialization;

namespace VideoPipeline.Sdk.Health.Alerting.Internal;

/// <summary>
/// The webhook's JSON body, source-generated: an <see cref="Alert"/> with camel-case property names and enums as
/// camel-case strings: <c>name</c>, <c>severity</c>, <c>component</c>, <c>summary</c>, <c>description</c>,
/// <c>status</c>, <c>labels</c> and <c>timestamp</c> (ISO 8601).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    Converters = [typeof(CamelCaseEnumConverter<AlertSeverity>), typeof(CamelCaseEnumConverter<AlertStatus>)])]
[JsonSerializable(typeof(Alert))]
internal sealed partial class AlertWebhookJsonContext : JsonSerializerContext;
