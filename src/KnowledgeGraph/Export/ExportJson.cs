using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Export;

/// <summary>JSON writing shared by the JSON formats and by the JSON-valued columns of the flat formats.</summary>
internal static class ExportJson
{
    /// <summary>
    /// Readable UTF-8 (no <c>\u</c> escapes for non-Latin letters): exports are downloads, never embedded in
    /// HTML, so the HTML-sensitive characters need no escaping either.
    /// </summary>
    public static JsonWriterOptions Indented { get; } = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonWriterOptions Compact { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string ToCompactString(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Compact))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static void WriteStringList(Utf8JsonWriter writer, IEnumerable<string> items)
    {
        writer.WriteStartArray();
        foreach (var item in items)
        {
            writer.WriteStringValue(item);
        }

        writer.WriteEndArray();
    }

    public static void WriteStringMap(Utf8JsonWriter writer, IEnumerable<KeyValuePair<string, string>> map)
    {
        writer.WriteStartObject();
        foreach (var (key, value) in map)
        {
            writer.WriteString(key, value);
        }

        writer.WriteEndObject();
    }

    public static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    /// <summary>Writes evidence as the REST API does: document, paragraph, footnote, note and the resolved citation.</summary>
    public static void WriteEvidence(Utf8JsonWriter writer, IEnumerable<Evidence> evidence)
    {
        writer.WriteStartArray();
        foreach (var e in evidence)
        {
            writer.WriteStartObject();
            WriteOptional(writer, "document", e.Document);
            if (e.Paragraph is { } paragraph)
            {
                writer.WriteNumber("paragraph", paragraph);
            }

            if (e.Footnote is { } footnote)
            {
                writer.WriteNumber("footnote", footnote);
            }

            WriteOptional(writer, "note", e.Note);
            if (e.Background)
            {
                writer.WriteBoolean("background", true);
            }

            if (e.Citation is { } c)
            {
                writer.WritePropertyName("citation");
                WriteCitation(writer, c);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    public static void WriteCitation(Utf8JsonWriter writer, Citation c)
    {
        writer.WriteStartObject();
        writer.WriteString("outlet", c.Outlet);
        WriteOptional(writer, "outletEntity", c.OutletEntity);
        WriteOptional(writer, "title", c.Title);
        WriteOptional(writer, "url", c.Url);
        WriteOptional(writer, "accessed", c.Accessed?.ToString());
        if (!c.Authors.IsEmpty)
        {
            writer.WritePropertyName("authors");
            WriteStringList(writer, c.Authors);
        }

        writer.WriteEndObject();
    }

    public static void WriteMentions(Utf8JsonWriter writer, IEnumerable<Mention> mentions)
    {
        writer.WriteStartArray();
        foreach (var m in mentions)
        {
            writer.WriteStartObject();
            writer.WriteString("document", m.Document);
            writer.WriteStartArray("paragraphs");
            foreach (var p in m.Paragraphs)
            {
                writer.WriteNumberValue(p);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes a contested relation's positions: each side's certainty, time, qualifiers and documents.</summary>
    public static void WritePositions(Utf8JsonWriter writer, IEnumerable<RelationPosition> positions)
    {
        writer.WriteStartArray();
        foreach (var p in positions)
        {
            writer.WriteStartObject();
            writer.WriteString("certainty", p.Certainty.ToString().ToLowerInvariant());
            if (!p.Time.IsUnknown)
            {
                writer.WriteString("time", p.Time.ToDisplayString());
            }

            if (!p.Qualifiers.IsEmpty)
            {
                writer.WritePropertyName("qualifiers");
                WriteStringMap(writer, p.Qualifiers);
            }

            writer.WritePropertyName("documents");
            WriteStringList(writer, p.Documents);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
