using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Configuration;

namespace VideoPipeline.Sdk.Styles.Catalog.Internal;

/// <summary>
/// Writes a configuration section as JSON, so that templates in configuration are read by the same strict reader as files.
/// A section whose children are keyed 0, 1, 2… becomes an array; other sections become objects with the keys as written;
/// values stay text (the reader accepts numbers written as text from configuration).
/// </summary>
internal static class ConfigurationJson
{
    public static byte[] Write(IConfigurationSection section)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WriteSection(writer, section);
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteSection(Utf8JsonWriter writer, IConfigurationSection section)
    {
        var children = section.GetChildren().ToList();
        if (children.Count == 0)
        {
            if (section.Value is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                writer.WriteStringValue(section.Value);
            }

            return;
        }

        if (TryOrderAsList(children) is { } items)
        {
            writer.WriteStartArray();
            foreach (var item in items)
            {
                WriteSection(writer, item);
            }

            writer.WriteEndArray();
            return;
        }

        writer.WriteStartObject();
        foreach (var child in children)
        {
            writer.WritePropertyName(child.Key);
            WriteSection(writer, child);
        }

        writer.WriteEndObject();
    }

    private static IConfigurationSection[]? TryOrderAsList(List<IConfigurationSection> children)
    {
        var items = new IConfigurationSection[children.Count];
        foreach (var child in children)
        {
            if (!int.TryParse(child.Key, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                || index >= items.Length
                || items[index] is not null
                || index.ToString(CultureInfo.InvariantCulture) != child.Key)
            {
                return null;
            }

            items[index] = child;
        }

        return items;
    }
}
