using System.Collections.Immutable;
using KnowledgeGraph.Model;

namespace KnowledgeGraph;

/// <summary>The graph's sources: which documents support a relation, how independent they are, and the entity merges.</summary>
public sealed partial class Graph
{
    /// <summary>Gets the entity merges of <c>resolution.json</c>: each canonical entity and the ids merged into it.</summary>
    public ImmutableArray<EntityMerge> Merges { get; internal init; } = [];

    /// <summary>Gets the merges that were proposed and rejected (<c>resolution.json</c>), so they are never proposed again.</summary>
    public ImmutableArray<RejectedMerge> RejectedMerges { get; internal init; } = [];

    /// <summary>
    /// Gets the relation candidates reviewers rejected (<c>resolution.json</c>, <c>judgements.relations</c>), so the
    /// extractor never proposes them again; <c>kg review</c> records them.
    /// </summary>
    public ImmutableArray<RejectedRelation> RejectedRelations { get; internal init; } = [];

    /// <summary>
    /// Gets the links of a name to an entity that reviewers rejected (<c>resolution.json</c>, <c>judgements.links</c>), so
    /// the extractor never links that name to that entity again; <c>kg review</c> records them.
    /// </summary>
    public ImmutableArray<RejectedLink> RejectedLinks { get; internal init; } = [];

    /// <summary>
    /// Gets which documents support a relation and how many independent outlets they come from.
    /// </summary>
    /// <remarks>
    /// A document supports the relation when some of its evidence sides with the relation's own certainty on whether
    /// it is denied: for a relation recorded as stated (or reported, hedged, hypothetical), evidence whose own certainty
    /// is <see cref="Certainty.Denied"/> disputes it and every other piece supports it; for a relation recorded as
    /// denied, the evidence that denies it supports the record and evidence that states it disputes it. Independence is counted by outlet:
    /// a document's origin is its outlet (<see cref="SourceDocument.OutletEntity"/>, else <see cref="SourceDocument.Outlet"/>,
    /// else the document itself); a document that is <see cref="SourceDocument.DerivedFrom"/> others (a reprint, a
    /// report "citing TASS") has their origins instead of its own. Two documents of one outlet, or a document and its
    /// reprint, are one independent outlet. Background evidence names no document and counts for none. The support of a
    /// relation that a query with evidence conditions returned (or of <see cref="ViewOf"/>) is counted on the evidence
    /// that query counts.
    /// </remarks>
    /// <param name="relation">A relation of this graph.</param>
    /// <returns>The supporting documents, their independent outlets, and whether the relation is contested.</returns>
    public RelationSupport SupportOf(Relation relation)
    {
        ArgumentNullException.ThrowIfNull(relation);
        return SupportOf(relation, relation.Evidence);
    }

    /// <summary>Gets the support of a relation counting only <paramref name="evidence"/> (some of its evidence, as a source filter allows).</summary>
    internal RelationSupport SupportOf(Relation relation, IReadOnlyCollection<Evidence> evidence)
    {
        var denied = relation.Certainty == Certainty.Denied;
        ImmutableArray<string> Where(bool supporting) => [.. evidence
            .Where(e => e.Document is not null && ((e.Certainty ?? relation.Certainty) == Certainty.Denied) == denied == supporting)
            .Select(e => e.Document!)
            .Distinct(StringComparer.Ordinal)];
        var documents = Where(supporting: true);
        return new RelationSupport
        {
            Documents = documents,
            DisputingDocuments = Where(supporting: false),
            Outlets = [.. documents.SelectMany(d => OriginsOf(d, [])).Distinct(StringComparer.Ordinal)],
            Contested = evidence.Count == relation.Evidence.Length
                ? relation.IsContested
                : (relation with { Evidence = [.. evidence] }).IsContested,
        };
    }

    /// <summary>Gets the independent origins of a document: its outlet, or the origins of what it is derived from.</summary>
    private IEnumerable<string> OriginsOf(string documentId, HashSet<string> seen)
    {
        if (!seen.Add(documentId))
        {
            yield break;
        }

        var document = FindDocument(documentId);
        if (document is null)
        {
            yield return documentId;
            yield break;
        }

        if (document.DerivedFrom.IsEmpty)
        {
            yield return document.OutletEntity ?? document.Outlet ?? document.Id;
            yield break;
        }

        foreach (var source in document.DerivedFrom)
        {
            if (documentsById.ContainsKey(source))
            {
                foreach (var origin in OriginsOf(source, seen))
                {
                    yield return origin;
                }
            }
            else
            {
                yield return source;
            }
        }
    }
}
