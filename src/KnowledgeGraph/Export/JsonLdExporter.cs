using System.Text.Json;

namespace KnowledgeGraph.Export;

/// <summary>
/// Writes the triples of <see cref="RdfMapping"/> as JSON-LD 1.1: a <c>@context</c> of prefixes and a
/// <c>@graph</c> with one node object per subject, values as explicit <c>@id</c> or <c>@value</c>/<c>@type</c>
/// objects, so that it means exactly the same triples as the Turtle export without relying on term definitions.
/// </summary>
internal static class JsonLdExporter
{
    public static void Write(ExportSelection selection, ExportOptions options, Stream output)
    {
        var (ns, triples) = RdfMapping.Build(selection, options);
        using var w = new Utf8JsonWriter(output, ExportJson.Indented);
        w.WriteStartObject();
        w.WriteStartObject("@context");
        foreach (var (prefix, iri) in ns.Prefixes)
        {
            w.WriteString(prefix, iri);
        }

        w.WriteEndObject();
        w.WriteStartArray("@graph");
        foreach (var subject in triples.GroupBy(t => t.Subject, StringComparer.Ordinal))
        {
            w.WriteStartObject();
            w.WriteString("@id", Iri(ns, subject.Key));
            var types = subject.Where(IsType).Select(t => Iri(ns, t.Object.Value)).ToList();
            if (types.Count > 0)
            {
                w.WritePropertyName("@type");
                ExportJson.WriteStringList(w, types);
            }

            foreach (var predicate in subject.Where(t => !IsType(t)).GroupBy(t => t.Predicate, StringComparer.Ordinal))
            {
                w.WriteStartArray(Iri(ns, predicate.Key));
                foreach (var triple in predicate)
                {
                    w.WriteStartObject();
                    if (triple.Object.IsIri)
                    {
                        w.WriteString("@id", Iri(ns, triple.Object.Value));
                    }
                    else
                    {
                        w.WriteString("@value", triple.Object.Value);
                        if (triple.Object.Datatype is { } datatype)
                        {
                            w.WriteString("@type", Iri(ns, datatype));
                        }
                    }

                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static bool IsType(RdfTriple triple) => triple.Predicate == RdfNamespaces.Rdf + "type" && triple.Object.IsIri;

    private static string Iri(RdfNamespaces ns, string iri) => ns.Compact(iri) ?? iri;
}
