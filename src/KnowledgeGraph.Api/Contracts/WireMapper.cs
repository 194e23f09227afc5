using KnowledgeGraph.Model;
using KnowledgeGraph.Queries;

namespace KnowledgeGraph.Api.Contracts;

/// <summary>Maps the library's model to the wire types.</summary>
public static class WireMapper
{
    /// <summary>Maps an entity for lists.</summary>
    /// <param name="e">The entity.</param>
    /// <returns>The wire entity.</returns>
    public static EntityDto ToDto(this Entity e) =>
        new(e.Id, e.Name, e.Kind, AllAliases(e), e.Role, e.Description, e.Identifiers);

    /// <summary>Maps a search match.</summary>
    /// <param name="m">The match.</param>
    /// <returns>The list item.</returns>
    public static EntityListItem ToListItem(this EntityMatch m) =>
        new(m.Entity.Id, m.Entity.Name, m.Entity.Kind, AllAliases(m.Entity), m.Entity.Role, Math.Round(m.Score, 3), m.MatchedText, Lower(m.MatchKind.ToString()));

    /// <summary>Maps an entity as a list item without a score.</summary>
    /// <param name="e">The entity.</param>
    /// <returns>The list item.</returns>
    public static EntityListItem ToListItem(this Entity e) =>
        new(e.Id, e.Name, e.Kind, AllAliases(e), e.Role, null, null, null);

    /// <summary>Maps an entity with its relations.</summary>
    /// <param name="e">The entity.</param>
    /// <param name="relations">Its relations in date order, as the request counts them (views holding the counted evidence).</param>
    /// <param name="graph">The graph it belongs to.</param>
    /// <param name="evidence">The evidence the request counts.</param>
    /// <returns>The detailed wire entity.</returns>
    public static EntityDetailDto ToDetail(this Entity e, IReadOnlyList<Relation> relations, Graph graph, EvidenceFilter evidence)
    {
        var support = relations.Select(graph.SupportOf).ToList();
        return new(e.Id, e.Name, e.Kind, e.Aliases, e.Referents, e.Demonyms, e.Metonyms, e.Role, e.Description, e.Identifiers, e.Isolated,
            [.. relations.Select(r => r.ToDto(graph, evidence))],
            [.. support.SelectMany(s => s.Documents).Distinct(StringComparer.Ordinal)],
            support.SelectMany(s => s.Outlets).Distinct(StringComparer.Ordinal).Count());
    }

    /// <summary>
    /// Maps a relation with its evidence and its sentence, as a request that counts <paramref name="evidence"/> tells it:
    /// only the counted evidence, and the supporting and disputing documents, outlets, contestedness, positions and
    /// sentence of that evidence.
    /// </summary>
    /// <param name="r">The relation, or the view of it a filtered query returned.</param>
    /// <param name="graph">The graph it belongs to.</param>
    /// <param name="evidence">The evidence the request counts; every piece when absent.</param>
    /// <returns>The wire relation.</returns>
    public static RelationDto ToDto(this Relation r, Graph graph, EvidenceFilter? evidence = null) => evidence is { LeavesEvidenceOut: true }
        ? ToDto(graph.ViewOf(r, evidence), graph, graph.FindEntity(r.Source)!, graph.FindEntity(r.Target)!, graph.Explain(r, evidence))
        : ToDto(r, graph, graph.FindEntity(r.Source)!, graph.FindEntity(r.Target)!, graph.Explain(r));

    /// <summary>Maps a relation's time; <see langword="null"/> when the text gives none.</summary>
    /// <param name="time">The time.</param>
    /// <returns>The wire time, or null.</returns>
    public static TimeDto? ToDto(this RelationTime time) =>
        time.IsUnknown ? null : new TimeDto(
            time.Point?.ToString(),
            time.Start?.ToString(),
            time.End?.ToString(),
            (time.Point ?? time.Start ?? time.End) is { } d ? Lower(d.Precision.ToString()) : null,
            time.ToDisplayString());

    /// <summary>Maps a source document with its footnotes.</summary>
    /// <param name="d">The document.</param>
    /// <param name="graph">The graph it belongs to.</param>
    /// <returns>The wire document.</returns>
    public static DocumentDto ToDto(this SourceDocument d, Graph graph) =>
        new(d.Id, d.Title,
            [.. d.Authors.Select(a => new EntityRefDto(a, graph.FindEntity(a)?.Name ?? a))],
            d.Language, d.Published?.ToString(), d.ParagraphCount, d.Description,
            graph.Relations.Count(r => r.Evidence.Any(e => e.Document == d.Id)),
            [.. d.Footnotes.Select(f => new FootnoteDto(f.Number, f.Paragraph, f.Citation.ToDto()))],
            d.Outlet,
            d.OutletEntity,
            d.Url,
            d.Byline,
            d.DerivedFrom,
            [.. d.Claims.Select(c => new ClaimDto(c.Paragraph, c.Footnote, c.Relations, Lower(c.Verification.ToString()), c.Documents, c.Note))]);

    /// <summary>Maps a citation.</summary>
    /// <param name="c">The citation.</param>
    /// <returns>The wire citation.</returns>
    public static CitationDto ToDto(this Citation c) => new(c.Outlet, c.OutletEntity, c.Title, c.Url, c.Accessed?.ToString());

    /// <summary>Maps a piece of evidence.</summary>
    /// <param name="e">The evidence.</param>
    /// <returns>The wire evidence.</returns>
    public static EvidenceDto ToDto(this Evidence e) =>
        new(e.Document, e.Paragraph, e.Footnote, e.Note, e.Background,
            e.Citation?.ToDto());

    /// <summary>Maps a neighbourhood.</summary>
    /// <param name="result">The library's result.</param>
    /// <param name="depth">The depth asked for.</param>
    /// <param name="graph">The graph queried.</param>
    /// <param name="evidence">The evidence the query counted (<see cref="TraversalFilter.Evidence"/>).</param>
    /// <returns>The wire neighbourhood.</returns>
    public static NeighbourhoodResponse ToDto(this NeighbourhoodResult result, int depth, Graph graph, EvidenceFilter evidence) =>
        new(result.Center.Id, depth,
            [.. result.Nodes.Select(n => new NeighbourhoodNodeDto(n.Entity.Id, n.Entity.Name, n.Entity.Kind, n.Distance))],
            [.. result.Relations.Select(r => r.ToDto(graph, evidence))],
            result.Truncated,
            result.TruncationReason);

    /// <summary>Maps a path.</summary>
    /// <param name="path">The library's path.</param>
    /// <param name="graph">The graph queried.</param>
    /// <param name="evidence">The evidence the query counted (<see cref="TraversalFilter.Evidence"/>).</param>
    /// <returns>The wire path.</returns>
    public static PathDto ToDto(this GraphPath path, Graph graph, EvidenceFilter evidence) =>
        new(path.Length,
            [.. path.Nodes.Select((n, i) => new NeighbourhoodNodeDto(n.Id, n.Name, n.Kind, i))],
            [.. path.Steps.Select(s => s.ToRelationDto(graph, evidence))],
            [.. path.Steps.Select(s => new PathStepDto(s.Relation.Id, s.From.Id, s.To.Id, s.AlongDirection, s.Explanation))],
            path.Explanation);

    /// <summary>Maps a relation type.</summary>
    /// <param name="t">The type.</param>
    /// <param name="count">How many relations have it.</param>
    /// <returns>The wire type.</returns>
    public static RelationTypeDto ToDto(this RelationType t, int count) =>
        new(t.Name, t.Label, t.InverseLabel, t.Description, t.SourceKinds, t.TargetKinds, t.Symmetric, Lower(t.Polarity.ToString()),
            t.Plover is { } p ? new PloverDto(p.Type, p.Mode) : null, t.Cameo, count);

    // A path step holds the relation's ends and its clause read along the step, both as the query counts the evidence:
    // only a step taken against the relation's direction needs the clause read from the source.
    private static RelationDto ToRelationDto(this PathStep s, Graph graph, EvidenceFilter evidence) => s.AlongDirection
        ? ToDto(s.Relation, graph, s.From, s.To, s.Explanation)
        : ToDto(s.Relation, graph, s.To, s.From, evidence.LeavesEvidenceOut ? graph.Explain(s.Relation, evidence) : graph.Explain(s.Relation));

    private static RelationDto ToDto(Relation r, Graph graph, Entity source, Entity target, string explanation)
    {
        var type = graph.FindRelationType(r.Type)!;
        var support = graph.SupportOf(r);
        return new RelationDto(
            r.Id,
            r.Type,
            type.Label,
            r.Source,
            source.Name,
            r.Target,
            target.Name,
            r.Time.ToDto(),
            Lower(r.Certainty.ToString()),
            Lower(type.Polarity.ToString()),
            r.Implicit,
            r.Qualifiers,
            [.. r.Evidence.Select(ToDto)],
            explanation,
            support.Documents,
            support.OutletCount,
            support.Contested,
            support.DisputingDocuments,
            support.Contested ? [.. r.Positions.Select(ToDto)] : []);
    }

    private static PositionDto ToDto(RelationPosition p) =>
        new(Lower(p.Certainty.ToString()), p.Time.ToDto(), p.Qualifiers, p.Documents);

    private static string[] AllAliases(Entity e) => [.. e.Aliases, .. e.Demonyms, .. e.Metonyms];

    private static string Lower(string s) => s.ToLowerInvariant();
}
