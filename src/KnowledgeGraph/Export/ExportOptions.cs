using KnowledgeGraph.Queries;

namespace KnowledgeGraph.Export;

/// <summary>Settings of an export that are the same for every format.</summary>
public sealed record ExportOptions
{
    /// <summary>The base IRI used when none is given: a reserved <c>.example</c> domain, to be replaced by your own.</summary>
    public static readonly Uri DefaultBaseIri = new("https://knowledge-graph.example/");

    private readonly Uri baseIri = DefaultBaseIri;

    /// <summary>Gets the default options.</summary>
    public static ExportOptions Default { get; } = new();

    /// <summary>
    /// Gets the namespace under which the RDF formats mint IRIs (<c>entity/</c>, <c>relation/</c>, <c>ontology#</c>, ...).
    /// Defaults to <see cref="DefaultBaseIri"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The IRI is not absolute, does not end with <c>/</c> or <c>#</c>, or holds characters an IRI cannot hold.</exception>
    public Uri BaseIri
    {
        get => baseIri;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            var text = value.OriginalString;
            if (!value.IsAbsoluteUri || !(text.EndsWith('/') || text.EndsWith('#')) || !RdfTerm.IsSafeIri(text))
            {
                throw new ArgumentException($"The base IRI '{text}' must be absolute, end with '/' or '#', and hold no spaces or <>\"{{}}|^`\\ characters.", nameof(value));
            }

            baseIri = value;
        }
    }

    /// <summary>Gets a title written into the formats that carry one (GraphML, GEXF, DOT, Cytoscape.js); defaults to "Knowledge graph".</summary>
    public string Title { get; init; } = "Knowledge graph";

    /// <summary>
    /// Gets whether the FollowTheMoney export keeps relations whose certainty is denied (as interstitial entities with
    /// <c>status</c> "denied"); they are left out by default, since FtM has no way to say that a link did not hold.
    /// The other formats always keep them, with their certainty.
    /// </summary>
    public bool IncludeDenied { get; init; }

    /// <summary>
    /// Gets the evidence a query counted when the export is of that query's result (a path or a neighbourhood asked
    /// with <c>documents</c>, <c>excludeDocuments</c> or <c>knownAt</c>): entities' mentions, and the documents listed
    /// with them, are written only from the documents it counts, as the relations (views holding their counted
    /// evidence) already are. Null, the default, writes every mention.
    /// </summary>
    public EvidenceFilter? Evidence { get; init; }
}
