using System.Text.Json;
using System.Text.Json.Serialization;

namespace VideoPipeline.Sdk.Health.Alerting.Internal;

/// <summary>Writes an enum as its camel-case name (<c>critical</c>, <c>resolved</c>), for the webhook's JSON body.</summary>
/// <typeparam name="TEnum">The enum.</typeparam>
internal sealed class CamelCaseEnumConverter<TEnum> : JsonStringEnumConverter<TEnum>
    where TEnum : struct, Enum
{
    public CamelCaseEnumConverter()
        : base(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    {
    }
}
