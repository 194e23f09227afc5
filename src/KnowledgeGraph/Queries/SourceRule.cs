using System.Collections.Immutable;
using KnowledgeGraph.Model;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Queries;

/// <summary>
/// The source conditions of one query compiled against the graph's documents: which evidence counts (only or never
/// these documents; only documents published by a report date), how many independent outlets must support a relation,
/// and whether contested relations pass. A relation passes when some counted evidence supports it (see
/// <see cref="Graph.SupportOf(Relation)"/>) from at least the required number of outlets.
/// </summary>
internal sealed class SourceRule
{
    private readonly Graph graph;
    private readonly HashSet<string>? only;
    private readonly HashSet<string> excluded;
    private readonly int minSources;
    private readonly DateOnly? knownAt;

    public SourceRule(Graph graph, EvidenceFilter evidence, int minSources)
    {
        this.graph = graph;
        only = evidence.Documents.IsDefaultOrEmpty ? null : new HashSet<string>(evidence.Documents, StringComparer.Ordinal);
        excluded = new HashSet<string>(evidence.ExcludedDocuments.IsDefault ? [] : evidence.ExcludedDocuments, StringComparer.Ordinal);
        this.minSources = minSources;
        knownAt = evidence.KnownAt;
        NameDocuments = graph.Documents.Count(d => CountsDocument(d.Id)) > 1;
    }

    /// <summary>Gets whether any evidence is left out or a number of sources is required.</summary>
    public bool FiltersEvidence => only is not null || excluded.Count > 0 || knownAt is not null;

    /// <summary>Gets whether the rule may turn a relation away (an evidence condition or a number of sources above one).</summary>
    public bool Active => FiltersEvidence || minSources > 1;

    /// <summary>
    /// Gets whether explanations name the document of each piece of evidence: when the evidence that counts can come
    /// from several documents of the graph (one document's answer reads as that document alone would).
    /// </summary>
    public bool NameDocuments { get; }

    /// <summary>
    /// Gets the relation as this rule counts it: the same record when every piece of evidence counts, else a copy that
    /// holds only the evidence that counts (empty when none does), so that its support, positions, contestedness and
    /// explanation are those of the counted evidence.
    /// </summary>
    public Relation View(Relation relation)
    {
        if (!FiltersEvidence)
        {
            return relation;
        }

        var counted = relation.Evidence.Where(Counts).ToImmutableArray();
        return counted.Length == relation.Evidence.Length ? relation : relation with { Evidence = counted };
    }

    /// <summary>Gets whether a piece of evidence counts: its document is allowed and was published by the report date.</summary>
    public bool Counts(Evidence evidence)
    {
        if (evidence.Document is not { } id)
        {
            // Background evidence names no document: it counts only when no document or date condition is set.
            return !FiltersEvidence;
        }

        return CountsDocument(id);
    }

    /// <summary>Gets whether the evidence of a document counts: it is allowed and was published by the report date.</summary>
    public bool CountsDocument(string id) => (only is null || only.Contains(id)) && !excluded.Contains(id) && KnownBy(id);

    /// <summary>
    /// Judges a relation: whether it passes, and whether the counted evidence is contested. Without evidence
    /// conditions the relation's own contestedness is used.
    /// </summary>
    public (bool Passes, bool Contested) Judge(Relation relation)
    {
        if (!Active)
        {
            return (true, relation.IsContested);
        }

        var counted = FiltersEvidence ? relation.Evidence.Where(Counts).ToList() : (IReadOnlyCollection<Evidence>)relation.Evidence;
        if (counted.Count == 0)
        {
            return (false, false);
        }

        var support = graph.SupportOf(relation, counted);
        var backgroundOnly = support.Documents.IsEmpty && support.DisputingDocuments.IsEmpty && !FiltersEvidence;
        var passes = (backgroundOnly || !support.Documents.IsEmpty) && support.OutletCount >= minSources;
        return (passes, support.Contested);
    }

    /// <summary>Gets how many independent outlets support the relation, counting only the evidence that counts.</summary>
    public int OutletCount(Relation relation)
    {
        var counted = FiltersEvidence ? relation.Evidence.Where(Counts).ToList() : (IReadOnlyCollection<Evidence>)relation.Evidence;
        return counted.Count == 0 ? 0 : graph.SupportOf(relation, counted).OutletCount;
    }

    /// <summary>
    /// Judges every relation of the store for a traversal, or gives null when every relation passes: a relation is
    /// allowed when it passes and, unless <paramref name="includeContested"/>, is not contested.
    /// </summary>
    public bool[]? Allowed(GraphStore store, bool includeContested, bool anyContested)
    {
        if (!Active && (includeContested || !anyContested))
        {
            return null;
        }

        var allowed = new bool[store.RelationCount];
        for (var e = 0; e < allowed.Length; e++)
        {
            var (passes, contested) = Judge(store.RelationAt(e));
            allowed[e] = passes && (includeContested || !contested);
        }

        return allowed;
    }

    /// <summary>
    /// Gets, by entity ordinal, the entities the counted documents name: an end of a relation with counted evidence, an
    /// entity a counted document mentions, and a counted document's authors and outlet and the outlets and authors its
    /// footnotes cite. These are the entities the graph would hold if it were built from the counted documents alone;
    /// null when no evidence is left out (every entity counts).
    /// </summary>
    public bool[]? NamedEntities(GraphStore store)
    {
        if (!FiltersEvidence)
        {
            return null;
        }

        var named = new bool[store.EntityCount];
        void Name(string? id)
        {
            var ordinal = id is null ? -1 : store.EntityOrdinal(id);
            if (ordinal >= 0)
            {
                named[ordinal] = true;
            }
        }

        foreach (var document in graph.Documents.Where(d => CountsDocument(d.Id)))
        {
            Name(document.OutletEntity);
            foreach (var author in document.Authors.Concat(document.Footnotes.SelectMany(f => f.Citation.Authors)))
            {
                Name(author);
            }

            foreach (var footnote in document.Footnotes)
            {
                Name(footnote.Citation.OutletEntity);
            }
        }

        for (var n = 0; n < named.Length; n++)
        {
            named[n] |= store.EntityAt(n).Mentions.Any(m => CountsDocument(m.Document));
        }

        for (var e = 0; e < store.RelationCount; e++)
        {
            var relation = store.RelationAt(e);
            if (relation.Evidence.Any(Counts))
            {
                Name(relation.Source);
                Name(relation.Target);
            }
        }

        return named;
    }

    /// <summary>
    /// Gets whether the document was published on or before the report date. A document without a publication date
    /// is kept (like an undated relation in a time window); a partial date counts from its first day.
    /// </summary>
    private bool KnownBy(string document) =>
        knownAt is not { } day || graph.FindDocument(document)?.Published is not { } published || published.Earliest <= day;
}
