using System.Text;

namespace KnowledgeGraph.Export;

/// <summary>Writes the triples of <see cref="RdfMapping"/> as RDF 1.1 Turtle, one block per subject.</summary>
internal static class TurtleExporter
{
    public static void Write(ExportSelection selection, ExportOptions options, Stream output)
    {
        var (ns, triples) = RdfMapping.Build(selection, options);
        using var w = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 65536, leaveOpen: true) { NewLine = "\n" };
        w.WriteLine($"# {options.Title.ReplaceLineEndings(" ")} (KnowledgeGraph export; vocabulary in docs/EXPORT.md)");
        foreach (var (prefix, iri) in ns.Prefixes)
        {
            w.WriteLine($"@prefix {prefix}: <{iri}> .");
        }

        foreach (var group in triples.GroupBy(t => t.Subject, StringComparer.Ordinal))
        {
            w.WriteLine();
            w.Write(Iri(ns, group.Key));
            var first = true;
            foreach (var triple in group)
            {
                w.Write(first ? " " : " ;\n    ");
                first = false;
                w.Write(triple.Predicate == RdfNamespaces.Rdf + "type" ? "a" : Iri(ns, triple.Predicate));
                w.Write(' ');
                w.Write(Term(ns, triple.Object));
            }

            w.WriteLine(" .");
        }
    }

    private static string Iri(RdfNamespaces ns, string iri) => ns.Compact(iri) ?? "<" + iri + ">";

    private static string Term(RdfNamespaces ns, RdfTerm term)
    {
        if (term.IsIri)
        {
            return Iri(ns, term.Value);
        }

        if (term.Datatype is RdfTerm.Xsd + "integer" or RdfTerm.Xsd + "boolean")
        {
            return term.Value;
        }

        var literal = Quote(term.Value);
        return term.Datatype is { } datatype ? literal + "^^" + Iri(ns, datatype) : literal;
    }

    /// <summary>Quotes a Turtle string (STRING_LITERAL_QUOTE): quotes, backslashes and controls escaped, everything else as UTF-8.</summary>
    internal static string Quote(string text) => BackslashEscaping.Quote(text, '"');
}
