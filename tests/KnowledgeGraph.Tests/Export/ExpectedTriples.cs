using KnowledgeGraph.Model;

namespace KnowledgeGraph.Tests.Export;

/// <summary>
/// Counts the triples the RDF exports must hold, straight from the mapping table of docs/EXPORT.md and the graph's
/// data, without the exporter's code: parsers that count this many triples have read every statement.
/// </summary>
internal static class ExpectedTriples
{
    public static int Count(Graph graph)
    {
        var entityKinds = graph.Entities.Select(e => e.Kind).ToHashSet();
        var relationTypes = graph.Relations.Select(r => r.Type).ToHashSet();
        var paragraphs = new HashSet<(string, int)>();
        var count = 0;

        // Kinds and relation types in use.
        count += 4 * entityKinds.Count;
        foreach (var type in graph.RelationTypes.Where(t => relationTypes.Contains(t.Name)))
        {
            count += 5 + One(type.Description.Length > 0) + One(type.Plover is not null) + One(type.Plover?.Mode is not null) + One(type.Cameo is not null)
                + type.SourceKinds.Distinct().Count() + type.TargetKinds.Distinct().Count();
        }

        // Entities.
        foreach (var e in graph.Entities)
        {
            var mentioned = e.Mentions.SelectMany(m => m.Paragraphs.Select(p => (m.Document, p))).ToHashSet();
            paragraphs.UnionWith(mentioned);
            count += 2 + e.Aliases.Distinct().Count() + e.Demonyms.Distinct().Count() + e.Metonyms.Distinct().Count()
                + One(e.Role is not null) + One(e.Description is not null) + One(e.Isolated is not null)
                + e.Identifiers.Count + One(e.Identifiers.ContainsKey("wikidata")) + mentioned.Count;
        }

        // Relations: the statement node, its qualifiers and evidence, and one direct triple per distinct fact.
        foreach (var r in graph.Relations)
        {
            count += 6 + One(r.Implicit) + One(r.Time.Point is not null) + One(r.Time.Start is not null) + One(r.Time.End is not null)
                + r.Qualifiers.Count + r.Evidence.Length;

            // Its sources: each supporting and disputing document, the outlet count, the contested flag, and the positions of a contested one.
            var support = graph.SupportOf(r);
            count += support.Documents.Length + support.DisputingDocuments.Length + 2;
            if (support.Contested)
            {
                foreach (var p in r.Positions)
                {
                    count += 3 + One(p.Time.Point is not null) + One(p.Time.Start is not null) + One(p.Time.End is not null)
                        + p.Qualifiers.Count + p.Documents.Length;
                }
            }

            foreach (var e in r.Evidence)
            {
                count += 1 + One(e.Note is not null);
                if (e.Background)
                {
                    count += 1 + (e.Citation is { } c ? 1 + Citation(c) : 0);
                }
                else
                {
                    paragraphs.Add((e.Document!, e.Paragraph!.Value));
                    count += 1 + One(e.Footnote is not null);
                }
            }
        }

        count += graph.Relations.Where(r => r.Certainty.IsFactual()).Select(r => (r.Source, r.Type, r.Target)).Distinct().Count();

        // Documents cited by evidence or mentions, with their footnotes, and every paragraph referred to.
        var cited = graph.Relations.SelectMany(r => r.Evidence).Select(e => e.Document).OfType<string>()
            .Concat(graph.Entities.SelectMany(e => e.Mentions).Select(m => m.Document)).ToHashSet();
        foreach (var d in graph.Documents.Where(d => cited.Contains(d.Id)))
        {
            count += 3 + One(d.File is not null) + d.Authors.Distinct().Count() + One(d.Language is not null) + One(d.Published is not null)
                + One(d.Description is not null) + One(d.Outlet is not null) + One(d.OutletEntity is not null) + One(d.Url is not null)
                + d.DerivedFrom.Distinct().Count();
            foreach (var f in d.Footnotes)
            {
                paragraphs.Add((d.Id, f.Paragraph));
                count += 4 + Citation(f.Citation);
            }
        }

        return count + (3 * paragraphs.Count);
    }

    private static int Citation(Citation c) =>
        2 + One(c.OutletEntity is not null) + One(c.Title is not null) + One(c.Url is not null) + One(c.Accessed is not null) + c.Authors.Distinct().Count();

    private static int One(bool condition) => condition ? 1 : 0;
}
