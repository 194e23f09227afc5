using System.Globalization;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Export;

/// <summary>An RDF term in object position: an IRI, or a literal with an optional datatype IRI (none means xsd:string).</summary>
internal readonly record struct RdfTerm(bool IsIri, string Value, string? Datatype)
{
    public const string Xsd = "http://www.w3.org/2001/XMLSchema#";

    public static RdfTerm Iri(string iri) => new(true, iri, null);

    public static RdfTerm Text(string text) => new(false, text, null);

    public static RdfTerm Integer(int value) => new(false, value.ToString(CultureInfo.InvariantCulture), Xsd + "integer");

    public static RdfTerm Boolean(bool value) => new(false, value ? "true" : "false", Xsd + "boolean");

    /// <summary>Gets a date literal whose datatype keeps its precision: xsd:gYear, xsd:gYearMonth or xsd:date.</summary>
    public static RdfTerm Date(PartialDate date) => new(false, date.ToString(), Xsd + date.Precision switch
    {
        DatePrecision.Year => "gYear",
        DatePrecision.Month => "gYearMonth",
        _ => "date",
    });

    /// <summary>Gets an address as an IRI when Turtle and JSON-LD can carry it as one, else as an xsd:anyURI literal.</summary>
    public static RdfTerm Address(string url) => IsSafeIri(url) ? Iri(url) : new(false, url, Xsd + "anyURI");

    /// <summary>Gets whether the text is an absolute IRI that Turtle's IRIREF can hold without escapes.</summary>
    public static bool IsSafeIri(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out _) && !text.Any(c => c <= ' ' || "<>\"{}|^`\\".Contains(c, StringComparison.Ordinal));
}

/// <summary>An RDF triple; subjects and predicates are IRIs.</summary>
internal readonly record struct RdfTriple(string Subject, string Predicate, RdfTerm Object);

/// <summary>The namespaces of the RDF export: standard vocabularies and the IRIs minted under the base IRI.</summary>
internal sealed class RdfNamespaces
{
    public const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public const string Rdfs = "http://www.w3.org/2000/01/rdf-schema#";
    public const string Owl = "http://www.w3.org/2002/07/owl#";
    public const string Schema = "https://schema.org/";
    public const string Prov = "http://www.w3.org/ns/prov#";
    public const string Wikidata = "http://www.wikidata.org/entity/";

    public RdfNamespaces(Uri baseIri)
    {
        var b = baseIri.OriginalString;
        Kg = b + "ontology#";
        Entity = b + "entity/";
        Relation = b + "relation/";
        RelationType = b + "relation-type/";
        Kind = b + "kind/";
        Document = b + "document/";
        Qualifier = b + "qualifier/";
        Identifier = b + "identifier/";
        Prefixes =
        [
            ("rdf", Rdf), ("rdfs", Rdfs), ("xsd", RdfTerm.Xsd), ("owl", Owl), ("schema", Schema), ("prov", Prov), ("wd", Wikidata),
            ("kg", Kg), ("kind", Kind), ("rt", RelationType), ("ent", Entity), ("rel", Relation), ("doc", Document),
            ("qual", Qualifier), ("ident", Identifier),
        ];
    }

    /// <summary>Gets the library's own terms (classes such as <c>kg:Relation</c>, properties such as <c>kg:certainty</c>).</summary>
    public string Kg { get; }

    public string Entity { get; }

    public string Relation { get; }

    public string RelationType { get; }

    public string Kind { get; }

    public string Document { get; }

    public string Qualifier { get; }

    public string Identifier { get; }

    /// <summary>Gets the prefixes both RDF writers declare, in declaration order.</summary>
    public IReadOnlyList<(string Prefix, string Namespace)> Prefixes { get; }

    /// <summary>
    /// Gets <c>prefix:local</c> for an IRI under a declared namespace whose local part is a plain name (a letter or
    /// underscore, then letters, digits, underscores and hyphens), which every Turtle and JSON-LD parser reads alike;
    /// otherwise <see langword="null"/>.
    /// </summary>
    public string? Compact(string iri)
    {
        foreach (var (prefix, ns) in Prefixes)
        {
            if (iri.Length > ns.Length && iri.StartsWith(ns, StringComparison.Ordinal) && IsPlainLocalName(iri.AsSpan(ns.Length)))
            {
                return prefix + ":" + iri[ns.Length..];
            }
        }

        return null;
    }

    private static bool IsPlainLocalName(ReadOnlySpan<char> local)
    {
        if (!(char.IsAsciiLetter(local[0]) || local[0] == '_'))
        {
            return false;
        }

        foreach (var c in local)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
            {
                return false;
            }
        }

        return true;
    }
}
