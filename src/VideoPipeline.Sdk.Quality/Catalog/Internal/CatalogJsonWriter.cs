using System.Globalization;
using System.Text;
using System.Text.Json;

namespace VideoPipeline.Sdk.Quality.Catalog.Internal;

/// <summary>
/// Writes routes in the JSON schema of <see cref="CatalogSchema"/>, indented, so that <see cref="CatalogJsonReader"/> reads
/// back equal routes. Fields at their default (no audio, not an example, no dates, no source, zero latency, empty lists)
/// are left out; a route without a price has no <c>price</c>.
/// </summary>
internal static class CatalogJsonWriter
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true };

    public static string Write(IEnumerable<GenerationRoute> routes)
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteNumber(CatalogSchema.SchemaVersion, CatalogSchema.Version);
            writer.WriteStartArray(CatalogSchema.Routes);
            foreach (var route in routes)
            {
                WriteRoute(writer, route);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void WriteRoute(Utf8JsonWriter writer, GenerationRoute route)
    {
        writer.WriteStartObject();
        writer.WriteString(CatalogSchema.Id, route.Id);
        writer.WriteString(CatalogSchema.Provider, route.Provider);
        writer.WriteString(CatalogSchema.Model, route.Model);
        writer.WriteString(CatalogSchema.Kind, CatalogSchema.KindNames[route.Kind]);
        writer.WriteString(CatalogSchema.Tier, CatalogSchema.TierNames[route.Tier]);
        writer.WriteNumber(CatalogSchema.Quality, route.Quality);
        WriteList(writer, CatalogSchema.Resolutions, route.Resolutions, static (json, height) => json.WriteNumberValue(height));
        WriteList(writer, CatalogSchema.FramesPerSecond, route.FramesPerSecond, static (json, rate) => json.WriteNumberValue(rate));
        WriteList(writer, CatalogSchema.ClipSeconds, route.ClipDurations, static (json, length) => json.WriteNumberValue(length.TotalSeconds));
        if (route.SupportsAudio)
        {
            writer.WriteBoolean(CatalogSchema.Audio, true);
        }

        if (route.Price is { } price)
        {
            WritePrice(writer, price);
        }

        if (route.TypicalLatency > TimeSpan.Zero)
        {
            writer.WriteNumber(CatalogSchema.TypicalLatencySeconds, route.TypicalLatency.TotalSeconds);
        }

        WriteDate(writer, CatalogSchema.CapturedOn, route.CapturedOn);
        if (route.DeprecatedOn is { } deprecated)
        {
            WriteDate(writer, CatalogSchema.DeprecatedOn, deprecated);
        }

        if (route.RemovedOn is { } removed)
        {
            WriteDate(writer, CatalogSchema.RemovedOn, removed);
        }

        if (route.Source is { } source)
        {
            writer.WriteString(CatalogSchema.Source, source.OriginalString);
        }

        if (route.IsExample)
        {
            writer.WriteBoolean(CatalogSchema.Example, true);
        }

        writer.WriteEndObject();
    }

    private static void WritePrice(Utf8JsonWriter writer, RoutePrice price)
    {
        writer.WriteStartObject(CatalogSchema.Price);
        writer.WriteString(CatalogSchema.Unit, CatalogSchema.UnitNames[price.Unit]);
        writer.WriteNumber(CatalogSchema.Amount, price.Amount.Usd);
        if (price.ResolutionAmounts.Count > 0)
        {
            writer.WriteStartObject(CatalogSchema.ResolutionAmounts);
            foreach (var (height, amount) in price.ResolutionAmounts.OrderBy(pair => pair.Key))
            {
                writer.WriteNumber(height.ToString(CultureInfo.InvariantCulture), amount.Usd);
            }

            writer.WriteEndObject();
        }

        if (price.AudioSurcharge != Money.Zero)
        {
            writer.WriteNumber(CatalogSchema.AudioSurcharge, price.AudioSurcharge.Usd);
        }

        writer.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter writer, string name, DateOnly date) =>
        writer.WriteString(name, date.ToString(CatalogSchema.DateFormat, CultureInfo.InvariantCulture));

    private static void WriteList<T>(Utf8JsonWriter writer, string name, IReadOnlyList<T> items, Action<Utf8JsonWriter, T> writeItem)
    {
        if (items.Count == 0)
        {
            return;
        }

        writer.WriteStartArray(name);
        foreach (var item in items)
        {
            writeItem(writer, item);
        }

        writer.WriteEndArray();
    }
}
