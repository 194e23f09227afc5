using System.Collections.Immutable;
using KnowledgeGraph.Model;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Loading;

/// <summary>
/// What a load has read so far, shared by the section readers: the vocabulary, documents, entities and relations
/// by id, the problems and notices, and the checks that must wait until every file is read (entity references of
/// documents, evidence added to relations of other files).
/// </summary>
internal sealed class LoadState
{
    private readonly List<(FileReader Reader, PositionedJson Node, string Id, string What, string? Kind)> deferredEntityReferences = [];

    private readonly List<(FileReader Reader, PositionedJson Node, string? Document, string Source)> derivations = [];

    private readonly List<(FileReader Reader, PositionedJson Node, string Relation, ImmutableArray<Evidence> Evidence)> evidenceAdditions = [];

    private readonly List<(FileReader Reader, PositionedJson Node, string Document, string Relation)> claimRelations = [];

    private readonly List<(FileReader Reader, PositionedJson Node, string Document, string Other)> claimDocuments = [];

    /// <summary>Gets every problem found, in the order found.</summary>
    public List<DataProblem> Problems { get; } = [];

    /// <summary>Gets the notices of the load (the drafts skipped).</summary>
    public List<string> Notices { get; } = [];

    public Dictionary<string, EntityKind> Kinds { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, RelationType> Types { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, SourceDocument> Documents { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Entity> Entities { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the file that defined each entity, for the message of a repeated id.</summary>
    public Dictionary<string, string> EntityFiles { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the file that defined each relation, for the message of a repeated id.</summary>
    public Dictionary<string, string> RelationFiles { get; } = new(StringComparer.Ordinal);

    public List<Relation> Relations { get; } = [];

    /// <summary>Gets where each piece of document evidence was read (by reference), for the message of a contradiction.</summary>
    public Dictionary<Evidence, (FileReader Reader, PositionedJson Node)> EvidenceNodes { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>Gets the merges of the resolution file, each with where it was read.</summary>
    public List<(FileReader Reader, PositionedJsonObject Node, EntityMerge Merge)> Merges { get; } = [];

    /// <summary>Gets the rejected merge proposals of the resolution file.</summary>
    public List<RejectedMerge> RejectedMerges { get; } = [];

    /// <summary>Gets the rejected relation candidates of the resolution file, each with where it was read.</summary>
    public List<(FileReader Reader, PositionedJsonObject Node, RejectedRelation Judgement)> RejectedRelations { get; } = [];

    /// <summary>Gets the rejected links of the resolution file, each with where it was read.</summary>
    public List<(FileReader Reader, PositionedJsonObject Node, RejectedLink Judgement)> RejectedLinks { get; } = [];

    /// <summary>
    /// Gets or sets whether the merges are already applied to the entities and relations read (the single-document
    /// export writes canonical entities only): then a merge gives its canonical entity the referent ids and folds nothing.
    /// </summary>
    public bool MergesApplied { get; set; }

    /// <summary>Creates the typed reader of one file, recording its problems here.</summary>
    public FileReader Reader(string file) => new(file, Problems);

    /// <summary>Names the documents of the data set, for a message about an unknown one.</summary>
    public string DocumentList => string.Join(", ", Documents.Keys);

    /// <summary>Checks, once every file is read, that <paramref name="id"/> is an entity (documents name authors and outlets before the entities are read).</summary>
    /// <param name="r">The reader of the file that names the entity.</param>
    /// <param name="node">Where it is named.</param>
    /// <param name="id">The entity id.</param>
    /// <param name="what">What the entity is there, for the message ("author", "outlet").</param>
    /// <param name="kind">The kind the entity must be of, or null for any.</param>
    public void DeferEntityReference(FileReader r, PositionedJson node, string id, string what, string? kind = null) =>
        deferredEntityReferences.Add((r, node, id, what, kind));

    /// <summary>Checks, once every file is read, that a document's <c>derivedFrom</c> names another document or an <c>Outlet</c> entity, without a cycle.</summary>
    public void DeferDerivation(FileReader r, PositionedJson node, string? document, string source) => derivations.Add((r, node, document, source));

    /// <summary>Appends, once every file is read, evidence to a relation that may be defined in another file.</summary>
    public void DeferEvidenceAddition(FileReader r, PositionedJson node, string relation, ImmutableArray<Evidence> evidence) => evidenceAdditions.Add((r, node, relation, evidence));

    /// <summary>Checks, once every file is read, that a claim of <paramref name="document"/> names a relation with evidence from that document.</summary>
    public void DeferClaimRelation(FileReader r, PositionedJson node, string document, string relation) => claimRelations.Add((r, node, document, relation));

    /// <summary>Checks, once every file is read, that a claim of <paramref name="document"/> was checked against another document of the data set.</summary>
    public void DeferClaimDocument(FileReader r, PositionedJson node, string document, string other) => claimDocuments.Add((r, node, document, other));

    /// <summary>Runs the deferred checks and builds the graph, or throws every problem of the load.</summary>
    /// <exception cref="GraphDataException">The load found problems.</exception>
    public Graph Finish(string version)
    {
        ApplyEvidenceAdditions();
        CheckDeferredEntityReferences();
        CheckDerivations();
        CheckClaims();
        CheckContradictions();
        var (entities, relations) = new MergeApplier(this).Apply();
        new JudgementChecker(this).Check();
        if (Problems.Count > 0)
        {
            throw new GraphDataException(Problems);
        }

        return new Graph(
            [.. Kinds.Values],
            [.. Types.Values],
            [.. Documents.Values],
            entities,
            relations,
            version,
            [.. Notices])
        {
            Merges = [.. Merges.Select(m => m.Merge)],
            RejectedMerges = [.. RejectedMerges],
            RejectedRelations = [.. RejectedRelations.Select(j => j.Judgement)],
            RejectedLinks = [.. RejectedLinks.Select(j => j.Judgement)],
        };
    }

    /// <summary>Formats up to three close candidates as <c>; did you mean "a" or "b"?</c>, or nothing (ties in ordinal order).</summary>
    public static string Suggest(string value, IEnumerable<string> candidates) =>
        Suggestions.DidYouMean(Suggestions.Closest(value, candidates.Order(StringComparer.Ordinal)), quote: "\"", separator: " or ");

    private void ApplyEvidenceAdditions()
    {
        foreach (var (r, node, id, evidence) in evidenceAdditions)
        {
            var index = Relations.FindIndex(x => x.Id == id);
            if (index < 0)
            {
                r.Problem(node, $"\"relation\" is \"{id}\", which is not a relation of the data set{Suggest(id, Relations.Select(x => x.Id))}.");
                continue;
            }

            Relations[index] = Relations[index] with { Evidence = Relations[index].Evidence.AddRange(evidence) };
        }
    }

    private void CheckDeferredEntityReferences()
    {
        foreach (var (r, node, id, what, kind) in deferredEntityReferences)
        {
            if (!Entities.TryGetValue(id, out var entity))
            {
                r.Problem(node, $"The {what} \"{id}\" is not an entity of the data set{Suggest(id, Entities.Keys)}.");
            }
            else if (kind is not null && entity.Kind != kind)
            {
                r.Problem(node, $"The {what} \"{id}\" is a {entity.Kind}, not an {kind}.");
            }
        }
    }

    private void CheckDerivations()
    {
        foreach (var (r, node, document, source) in derivations)
        {
            if (source == document)
            {
                r.Problem(node, $"The document \"{document}\" is derived from itself.");
            }
            else if (Documents.ContainsKey(source))
            {
                if (document is not null && DerivesFrom(source, document, []))
                {
                    r.Problem(node, $"\"derivedFrom\" names \"{source}\", which is itself derived from \"{document}\": a cycle.");
                }
            }
            else if (!Entities.TryGetValue(source, out var entity) || entity.Kind != "Outlet")
            {
                r.Problem(node, $"\"derivedFrom\" names \"{source}\", which is neither a document of the data set ({DocumentList}) nor an Outlet entity{Suggest(source, Documents.Keys.Concat(Entities.Values.Where(e => e.Kind == "Outlet").Select(e => e.Id)))}.");
            }
        }
    }

    private bool DerivesFrom(string document, string ancestor, HashSet<string> seen) =>
        seen.Add(document) && Documents.TryGetValue(document, out var d)
        && d.DerivedFrom.Any(x => x == ancestor || DerivesFrom(x, ancestor, seen));

    /// <summary>
    /// Reports a claim whose relation is not in the data set or has no evidence from the claiming document (a claim checks
    /// what the document itself says), and a claim checked against a document that is not in the data set or is itself.
    /// </summary>
    private void CheckClaims()
    {
        foreach (var (r, node, document, id) in claimRelations)
        {
            var relation = Relations.Find(x => x.Id == id);
            if (relation is null)
            {
                r.Problem(node, $"The claim names the relation \"{id}\", which is not a relation of the data set{Suggest(id, Relations.Select(x => x.Id))}.");
            }
            else if (relation.Evidence.All(e => e.Document != document))
            {
                r.Problem(node, $"The claim names the relation \"{id}\", which has no evidence from the document \"{document}\": a claim checks what its document says.");
            }
        }

        foreach (var (r, node, document, other) in claimDocuments)
        {
            if (other == document)
            {
                r.Problem(node, $"The claim of \"{document}\" names the document itself among the documents it was checked against.");
            }
            else if (!Documents.ContainsKey(other))
            {
                r.Problem(node, $"The claim names the document \"{other}\", which is not a document of the data set{Suggest(other, Documents.Keys)}.");
            }
        }
    }

    /// <summary>Reports every relation on which one document takes two positions: a contradiction inside that document.</summary>
    private void CheckContradictions()
    {
        foreach (var relation in Relations)
        {
            foreach (var group in relation.Evidence.Where(e => e.Document is not null).GroupBy(e => e.Document!, StringComparer.Ordinal))
            {
                var first = group.First();
                var firstPosition = RelationPosition.Of(relation, first);
                var other = group.Skip(1).FirstOrDefault(e => !RelationPosition.Of(relation, e).Agrees(firstPosition));
                if (other is null)
                {
                    continue;
                }

                var (r, node) = EvidenceNodes.TryGetValue(other, out var at) ? at
                    : EvidenceNodes.TryGetValue(first, out at) ? at
                    : (Reader(RelationFiles.GetValueOrDefault(relation.Id, "?")), (PositionedJson?)null);
                var firstAt = EvidenceNodes.TryGetValue(first, out var f) ? $"{f.Reader.File} {f.Node.Path} (line {f.Node.Line})" : $"the relation's own evidence in {RelationFiles.GetValueOrDefault(relation.Id, "?")}";
                var otherAt = EvidenceNodes.TryGetValue(other, out var o) ? $"{o.Reader.File} {o.Node.Path} (line {o.Node.Line})" : $"the relation's own evidence in {RelationFiles.GetValueOrDefault(relation.Id, "?")}";
                var message = $"The document \"{group.Key}\" contradicts itself on the relation \"{relation.Id}\": the evidence at {firstAt} says {Describe(firstPosition)}, the evidence at {otherAt} says {Describe(RelationPosition.Of(relation, other))}. One document takes one position; record what it reports of others with the certainty \"reported\" or split the statement.";
                if (node is not null)
                {
                    r.Problem(node, message);
                }
                else
                {
                    Problems.Add(new DataProblem(r.File, null, null, null, message));
                }
            }
        }
    }

    /// <summary>Describes a position for a message: certainty, time and qualifiers.</summary>
    public static string Describe(RelationPosition p) =>
        $"{p.Certainty.ToString().ToLowerInvariant()}"
        + (p.Time.IsUnknown ? ", no time" : $", {p.Time.ToDisplayString()}")
        + (p.Qualifiers.IsEmpty ? "" : ", " + string.Join(", ", p.Qualifiers.Select(q => $"{q.Key} {q.Value}")));
}
