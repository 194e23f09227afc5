using System.Text.Json;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Export;

/// <summary>
/// Writes the library's own JSON: one document holding the whole data set in the data files' own shapes
/// (<c>entityKinds</c>, <c>relationTypes</c>, <c>documents</c>, <c>entities</c>, <c>relations</c>), which
/// <see cref="Graph.LoadJson(Stream)"/> reads back, with the same checks, to an identical graph.
/// </summary>
/// <remarks>
/// A subset is written so that it still loads: with the whole vocabulary, the documents its evidence and mentions
/// cite, and the entities those documents name as authors or outlets (added to the subset's entities).
/// </remarks>
internal static class KnowledgeGraphJsonExporter
{
    public const string FormatName = "knowledge-graph";
    public const int FormatVersion = 1;

    public static void Write(ExportSelection selection, Stream output)
    {
        var graph = selection.Graph;
        var (entities, documents) = selection.IsWholeGraph
            ? (graph.Entities.ToList(), graph.Documents.ToList())
            : CloseOverDocuments(selection);
        using var w = new Utf8JsonWriter(output, ExportJson.Indented);
        w.WriteStartObject();
        w.WriteString("format", FormatName);
        w.WriteNumber("formatVersion", FormatVersion);
        WriteArray(w, "entityKinds", graph.EntityKinds, WriteKind);
        WriteArray(w, "relationTypes", graph.RelationTypes, WriteType);
        WriteArray(w, "documents", documents, WriteDocument);
        WriteArray(w, "entities", entities, WriteEntity);
        WriteArray(w, "relations", selection.Relations, WriteRelation);
        w.WriteEndObject();
    }

    private static (List<Entity> Entities, List<SourceDocument> Documents) CloseOverDocuments(ExportSelection selection)
    {
        var graph = selection.Graph;
        var entities = selection.Entities.ToList();
        var entityIds = entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var documentIds = selection.Relations.SelectMany(r => r.Evidence).Select(e => e.Document).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var checkedEntities = 0;
        while (true)
        {
            for (; checkedEntities < entities.Count; checkedEntities++)
            {
                documentIds.UnionWith(entities[checkedEntities].Mentions.Select(m => m.Document));
            }

            var named = graph.Documents.Where(d => documentIds.Contains(d.Id))
                .SelectMany(d => d.Authors.Concat(d.Footnotes.SelectMany(f => f.Citation.Authors.Append(f.Citation.OutletEntity ?? string.Empty))))
                .Where(id => id.Length > 0 && !entityIds.Contains(id))
                .Distinct(StringComparer.Ordinal)
                .ToList();
            if (named.Count == 0)
            {
                break;
            }

            foreach (var id in named)
            {
                entityIds.Add(id);
                entities.Add(graph.FindEntity(id)!);
            }
        }

        return (entities, graph.Documents.Where(d => documentIds.Contains(d.Id)).ToList());
    }

    private static void WriteArray<T>(Utf8JsonWriter w, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> write)
    {
        w.WriteStartArray(name);
        foreach (var item in items)
        {
            w.WriteStartObject();
            write(w, item);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteList(Utf8JsonWriter w, string name, IReadOnlyCollection<string> items)
    {
        if (items.Count > 0)
        {
            w.WritePropertyName(name);
            ExportJson.WriteStringList(w, items);
        }
    }

    private static void WriteKind(Utf8JsonWriter w, EntityKind kind)
    {
        w.WriteString("name", kind.Name);
        w.WriteString("description", kind.Description);
    }

    private static void WriteType(Utf8JsonWriter w, RelationType type)
    {
        w.WriteString("name", type.Name);
        w.WriteString("label", type.Label);
        w.WriteString("inverseLabel", type.InverseLabel);
        ExportJson.WriteOptional(w, "description", type.Description.Length == 0 ? null : type.Description);
        w.WritePropertyName("sourceKinds");
        ExportJson.WriteStringList(w, type.SourceKinds);
        w.WritePropertyName("targetKinds");
        ExportJson.WriteStringList(w, type.TargetKinds);
        w.WriteBoolean("symmetric", type.Symmetric);
        w.WriteString("polarity", FlatAttributes.Lower(type.Polarity));
        if (type.Plover is { } plover)
        {
            w.WriteStartObject("plover");
            w.WriteString("type", plover.Type);
            ExportJson.WriteOptional(w, "mode", plover.Mode);
            w.WriteEndObject();
        }

        ExportJson.WriteOptional(w, "cameo", type.Cameo);
    }

    private static void WriteDocument(Utf8JsonWriter w, SourceDocument document)
    {
        w.WriteString("id", document.Id);
        w.WriteString("title", document.Title);
        ExportJson.WriteOptional(w, "file", document.File);
        WriteList(w, "authors", document.Authors);
        ExportJson.WriteOptional(w, "language", document.Language);
        ExportJson.WriteOptional(w, "published", document.Published?.ToString());
        w.WriteNumber("paragraphCount", document.ParagraphCount);
        ExportJson.WriteOptional(w, "description", document.Description);
        if (document.Footnotes.IsEmpty)
        {
            return;
        }

        WriteArray(w, "footnotes", document.Footnotes, (w, f) =>
        {
            w.WriteNumber("number", f.Number);
            w.WriteNumber("paragraph", f.Paragraph);
            WriteList(w, "authors", f.Citation.Authors);
            ExportJson.WriteOptional(w, "title", f.Citation.Title);
            w.WriteString("outlet", f.Citation.Outlet);
            ExportJson.WriteOptional(w, "outletEntity", f.Citation.OutletEntity);
            ExportJson.WriteOptional(w, "url", f.Citation.Url);
            ExportJson.WriteOptional(w, "accessed", f.Citation.Accessed?.ToString());
        });
    }

    private static void WriteEntity(Utf8JsonWriter w, Entity entity)
    {
        w.WriteString("id", entity.Id);
        w.WriteString("kind", entity.Kind);
        w.WriteString("name", entity.Name);
        WriteList(w, "aliases", entity.Aliases);
        WriteList(w, "demonyms", entity.Demonyms);
        WriteList(w, "metonyms", entity.Metonyms);
        ExportJson.WriteOptional(w, "role", entity.Role);
        if (!entity.Identifiers.IsEmpty)
        {
            w.WritePropertyName("identifiers");
            ExportJson.WriteStringMap(w, entity.Identifiers);
        }

        ExportJson.WriteOptional(w, "description", entity.Description);
        if (!entity.Mentions.IsEmpty)
        {
            w.WritePropertyName("mentions");
            ExportJson.WriteMentions(w, entity.Mentions);
        }

        ExportJson.WriteOptional(w, "isolated", entity.Isolated);
    }

    private static void WriteRelation(Utf8JsonWriter w, Relation relation)
    {
        w.WriteString("id", relation.Id);
        w.WriteString("type", relation.Type);
        w.WriteString("source", relation.Source);
        w.WriteString("target", relation.Target);
        if (!relation.Time.IsUnknown)
        {
            w.WritePropertyName("time");
            ExportJson.WriteTime(w, relation.Time);
        }

        w.WriteString("certainty", FlatAttributes.Lower(relation.Certainty));
        if (relation.Implicit)
        {
            w.WriteBoolean("implicit", true);
        }

        if (!relation.Qualifiers.IsEmpty)
        {
            w.WritePropertyName("qualifiers");
            ExportJson.WriteStringMap(w, relation.Qualifiers);
        }

        // Document evidence cites through its footnote number (the loader resolves the citation); only background
        // evidence carries a citation of its own, as in the data files.
        WriteArray(w, "evidence", relation.Evidence, (w, e) =>
        {
            if (e.Background)
            {
                w.WriteBoolean("background", true);
                ExportJson.WriteOptional(w, "note", e.Note);
                if (e.Citation is { } c)
                {
                    w.WriteStartObject("citation");
                    w.WriteString("outlet", c.Outlet);
                    ExportJson.WriteOptional(w, "title", c.Title);
                    ExportJson.WriteOptional(w, "url", c.Url);
                    ExportJson.WriteOptional(w, "accessed", c.Accessed?.ToString());
                    w.WriteEndObject();
                }

                return;
            }

            ExportJson.WriteOptional(w, "document", e.Document);
            if (e.Paragraph is { } paragraph)
            {
                w.WriteNumber("paragraph", paragraph);
            }

            if (e.Footnote is { } footnote)
            {
                w.WriteNumber("footnote", footnote);
            }

            ExportJson.WriteOptional(w, "note", e.Note);
        });
    }
}
