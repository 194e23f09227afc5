using System.Text.Json;
using System.Text.Json.Serialization;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// JSON for extraction results in the shape of the extract endpoint: camelCase names, enums as lowercase strings,
/// dates as partial ISO dates ("2025-03"), times as <c>{ "point" }</c> or <c>{ "start", "end" }</c>.
/// </summary>
public static class ExtractionJson
{
    /// <summary>Gets serializer options that write results in that shape.</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase), new PartialDateConverter(), new RelationTimeConverter() },
    };

    /// <summary>Serializes a result.</summary>
    /// <param name="result">The result.</param>
    /// <returns>The indented JSON text.</returns>
    public static string Serialize(ExtractionResult result) => JsonSerializer.Serialize(result, Options);

    private sealed class PartialDateConverter : JsonConverter<PartialDate>
    {
        public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            PartialDate.Parse(reader.GetString() ?? string.Empty);

        public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
    }

    private sealed class RelationTimeConverter : JsonConverter<RelationTime>
    {
        public override RelationTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("Relation times are written, not read, by this converter.");

        public override void Write(Utf8JsonWriter writer, RelationTime value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            foreach (var (name, date) in new[] { ("point", value.Point), ("start", value.Start), ("end", value.End) })
            {
                if (date is { } d)
                {
                    writer.WriteString(name, d.ToString());
                }
            }

            writer.WriteEndObject();
        }
    }
}
