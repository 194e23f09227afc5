using System.Text.Json;
using KnowledgeGraph.Loading;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Export;

/// <summary>
/// Writes the library's own JSON: one document holding the whole data set in the data files' own shapes
/// (<c>entityKinds</c>, <c>relationTypes</c>, <c>documents</c>, <c>entities</c>, <c>relations</c>) and the
/// entity-resolution decisions (<c>resolution</c>: merges, rejected merges, judgements), which
/// <see cref="Graph.LoadJson(Stream)"/> reads back, with the same checks, to an identical graph.
/// </summary>
/// <remarks>
/// A subset is written so that it still loads: with the whole vocabulary, the documents its evidence and mentions
/// cite (and those they derive from), and the entities those documents name as authors, outlets or sources (added to
/// the subset's entities). Of the documents' checked claims it keeps those whose relations and documents are all in the
/// subset, and of the resolution decisions those whose entities are all in the subset.
/// </remarks>
internal static class KnowledgeGraphJsonExporter
{
    public static void Write(ExportSelection selection, Stream output)
    {
        var graph = selection.Graph;
        var (entities, documents) = selection.IsWholeGraph
            ? (graph.Entities.ToList(), graph.Documents.ToList())
            : CloseOverDocuments(selection);
        using var w = new Utf8JsonWriter(output, ExportJson.Indented);
        DataFileWriter.WriteSingleDocument(w, graph.EntityKinds, graph.RelationTypes, documents, entities, selection.Relations, Resolution(graph, entities, selection.IsWholeGraph));
    }

    /// <summary>The graph's resolution decisions, or those of them whose entities the subset holds (by any of their ids).</summary>
    private static ResolutionSections Resolution(Graph graph, List<Entity> entities, bool whole)
    {
        var ids = entities.SelectMany(e => e.Referents.Prepend(e.Id)).ToHashSet(StringComparer.Ordinal);
        bool In(params IEnumerable<string> some) => whole || some.All(ids.Contains);
        return new ResolutionSections(
            [.. graph.Merges.Where(m => In(m.Canonical))],
            [.. graph.RejectedMerges.Where(m => In(m.Ids))],
            [.. graph.RejectedRelations.Where(j => In(j.Source, j.Target))],
            [.. graph.RejectedLinks.Where(j => In(j.Entity))]);
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

            // A document's own outlet and what it derives from must load too: the documents it derives from join the subset.
            var derived = graph.Documents.Where(d => documentIds.Contains(d.Id)).SelectMany(d => d.DerivedFrom).Where(id => graph.FindDocument(id) is not null && !documentIds.Contains(id)).ToList();
            documentIds.UnionWith(derived);
            var named = graph.Documents.Where(d => documentIds.Contains(d.Id))
                .SelectMany(d => d.Authors.Concat(d.DerivedFrom.Where(id => graph.FindDocument(id) is null)).Append(d.OutletEntity ?? string.Empty)
                    .Concat(d.Footnotes.SelectMany(f => f.Citation.Authors.Append(f.Citation.OutletEntity ?? string.Empty))))
                .Where(id => id.Length > 0 && !entityIds.Contains(id))
                .Distinct(StringComparer.Ordinal)
                .ToList();
            if (named.Count == 0 && derived.Count == 0)
            {
                break;
            }

            foreach (var id in named)
            {
                entityIds.Add(id);
                entities.Add(selection.Counted(graph.FindEntity(id)!));
            }
        }

        var relations = selection.Relations.ToDictionary(r => r.Id, StringComparer.Ordinal);
        return (entities, [.. graph.Documents.Where(d => documentIds.Contains(d.Id)).Select(d => WithClaimsIn(d, relations, documentIds))]);
    }

    /// <summary>
    /// The document with only the claims a subset can hold: a claim names relations, which must carry evidence from the
    /// claiming document, and documents, all of which must load with it; a claim the subset cannot hold is left out.
    /// </summary>
    private static SourceDocument WithClaimsIn(SourceDocument document, Dictionary<string, Relation> relations, HashSet<string> documentIds)
    {
        var kept = document.Claims.Where(c =>
            c.Relations.All(id => relations.TryGetValue(id, out var r) && r.Evidence.Any(e => e.Document == document.Id))
            && c.Documents.All(documentIds.Contains)).ToList();
        return kept.Count == document.Claims.Length ? document : document with { Claims = [.. kept] };
    }
}
