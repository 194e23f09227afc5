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
    private readonly List<(FileReader Reader, PositionedJson Node, string Id, string What)> deferredEntityReferences = [];

    private readonly List<(FileReader Reader, PositionedJson Node, string Relation, ImmutableArray<Evidence> Evidence)> evidenceAdditions = [];

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

    /// <summary>Creates the typed reader of one file, recording its problems here.</summary>
    public FileReader Reader(string file) => new(file, Problems);

    /// <summary>Names the documents of the data set, for a message about an unknown one.</summary>
    public string DocumentList => string.Join(", ", Documents.Keys);

    /// <summary>Checks, once every file is read, that <paramref name="id"/> is an entity (documents name authors and outlets before the entities are read).</summary>
    public void DeferEntityReference(FileReader r, PositionedJson node, string id, string what) => deferredEntityReferences.Add((r, node, id, what));

    /// <summary>Appends, once every file is read, evidence to a relation that may be defined in another file.</summary>
    public void DeferEvidenceAddition(FileReader r, PositionedJson node, string relation, ImmutableArray<Evidence> evidence) => evidenceAdditions.Add((r, node, relation, evidence));

    /// <summary>Runs the deferred checks and builds the graph, or throws every problem of the load.</summary>
    /// <exception cref="GraphDataException">The load found problems.</exception>
    public Graph Finish(string version)
    {
        ApplyEvidenceAdditions();
        CheckDeferredEntityReferences();
        if (Problems.Count > 0)
        {
            throw new GraphDataException(Problems);
        }

        return new Graph(
            [.. Kinds.Values],
            [.. Types.Values],
            [.. Documents.Values],
            [.. Entities.Values],
            [.. Relations],
            version,
            [.. Notices]);
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
        foreach (var (r, node, id, what) in deferredEntityReferences)
        {
            if (!Entities.ContainsKey(id))
            {
                r.Problem(node, $"The {what} \"{id}\" is not an entity of the data set{Suggest(id, Entities.Keys)}.");
            }
        }
    }
}
