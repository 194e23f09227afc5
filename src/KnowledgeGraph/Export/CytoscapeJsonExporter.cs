using System.Text.Json;

namespace KnowledgeGraph.Export;

/// <summary>
/// Writes Cytoscape.js elements JSON: <c>{"elements": {"nodes": [{"data": {...}}], "edges": [{"data": {...}}]}}</c>,
/// which Cytoscape.js takes as <c>cytoscape({ elements })</c> and Cytoscape desktop imports as a <c>.cyjs</c> file.
/// Node data carry <c>id</c>, <c>name</c>, <c>label</c> and the <see cref="FlatAttributes"/> columns; edge data carry
/// <c>id</c>, <c>source</c>, <c>target</c> and the edge columns. Lists are arrays and structured values nested JSON.
/// </summary>
/// <remarks>
/// Cytoscape.js keeps nodes and edges in one id space, while the graph keeps entity and relation ids apart: an
/// edge whose relation id equals an entity id gets the id <c>relation:&lt;id&gt;</c>.
/// </remarks>
internal static class CytoscapeJsonExporter
{
    public static void Write(ExportSelection selection, ExportOptions options, Stream output)
    {
        using var w = new Utf8JsonWriter(output, ExportJson.Indented);
        var entityIds = selection.Entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        w.WriteStartObject();
        w.WriteString("format_version", "1.0");
        w.WriteString("generated_by", "KnowledgeGraph");
        w.WriteString("target_cytoscapejs_version", "~3");
        w.WriteStartObject("data");
        w.WriteString("name", options.Title);
        w.WriteEndObject();
        w.WriteStartObject("elements");
        w.WriteStartArray("nodes");
        foreach (var entity in selection.Entities)
        {
            w.WriteStartObject();
            w.WriteStartObject("data");
            w.WriteString("id", entity.Id);
            w.WriteString("label", entity.Name);
            WriteValues(w, FlatAttributes.Of(entity));
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("edges");
        foreach (var relation in selection.Relations)
        {
            w.WriteStartObject();
            w.WriteStartObject("data");
            w.WriteString("id", entityIds.Contains(relation.Id) ? "relation:" + relation.Id : relation.Id);
            w.WriteString("source", relation.Source);
            w.WriteString("target", relation.Target);
            WriteValues(w, FlatAttributes.Of(relation, selection.TypeOf(relation), selection.SupportOf(relation)));
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteValues(Utf8JsonWriter w, IEnumerable<FlatValue> values)
    {
        foreach (var value in values)
        {
            w.WritePropertyName(value.Column.Name);
            switch (value.Column.Type)
            {
                case FlatType.Boolean:
                    w.WriteBooleanValue(value.Text == "true");
                    break;
                case FlatType.Integer:
                    w.WriteNumberValue(int.Parse(value.Text, System.Globalization.CultureInfo.InvariantCulture));
                    break;
                case FlatType.StringList:
                    ExportJson.WriteStringList(w, value.Items);
                    break;
                case FlatType.Json:
                    w.WriteRawValue(value.Text);
                    break;
                default:
                    w.WriteStringValue(value.Text);
                    break;
            }
        }
    }
}
