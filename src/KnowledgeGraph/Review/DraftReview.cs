using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.Loading;
using KnowledgeGraph.Model;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Review;

/// <summary>
/// The review of an unreviewed draft (the files <c>kg extract --out</c> writes): its candidates (new entities, new
/// relations, evidence for the graph's relations) in review order, a person's decisions about them, and the reviewed
/// files written from those decisions (<see cref="Write"/>). The draft's files are never changed until
/// <see cref="Write"/>, which checks that the folder loads with the reviewed files before it moves them into place.
/// </summary>
/// <remarks>
/// Decisions: accept (a relation with an edited type or certainty), reject, link an entity candidate to an entity of
/// the graph, reject the link of a relation's end, skip. Only accepted and linked candidates reach the reviewed files;
/// relations take the ids their ends were linked to; a rejected entity takes its relations with it. Rejected relations
/// and rejected links become judgements in <c>resolution.json</c> (<see cref="Graph.RejectedRelations"/>,
/// <see cref="Graph.RejectedLinks"/>), which the extractor honours. An instance is not safe for concurrent use.
/// </remarks>
public sealed partial class DraftReview
{
    private const string RelationPrefix = "relation:";
    private const string EntityPrefix = "entity:";
    private const string EvidencePrefix = "evidence:";

    private readonly Dictionary<string, ReviewCandidate> byKey;
    private readonly HashSet<string> draftEntities;
    private readonly Dictionary<string, ReviewDecision> decisions = new(StringComparer.Ordinal);

    private DraftReview(string directory, string documentId, Graph graph, Graph draftGraph, ImmutableArray<ReviewCandidate> candidates, string version)
    {
        Directory = directory;
        DocumentId = documentId;
        Graph = graph;
        DraftGraph = draftGraph;
        Candidates = candidates;
        DraftVersion = version;
        byKey = candidates.ToDictionary(c => c.Key, StringComparer.Ordinal);
        draftEntities = [.. candidates.Where(c => c.Kind == ReviewCandidateKind.Entity).Select(c => c.Entity!.Id)];
    }

    /// <summary>Gets the full path of the data folder.</summary>
    public string Directory { get; }

    /// <summary>Gets the id of the draft's document, which is also the name of its files.</summary>
    public string DocumentId { get; }

    /// <summary>Gets the folder's graph as it loads today, without the draft: the entities a candidate may be linked to.</summary>
    public Graph Graph { get; }

    /// <summary>Gets the folder's graph with the draft loaded as if it were reviewed whole: every candidate's entities and relation types.</summary>
    public Graph DraftGraph { get; }

    /// <summary>Gets the candidates in review order: new entities, new relations, evidence additions, each in file order.</summary>
    public ImmutableArray<ReviewCandidate> Candidates { get; }

    /// <summary>Gets a short hash of the draft's files, so a saved decision list can tell that the draft changed since.</summary>
    public string DraftVersion { get; }

    /// <summary>Gets the decisions made so far, in candidate order.</summary>
    public ImmutableArray<ReviewDecision> Decisions => [.. Candidates.Select(c => decisions.GetValueOrDefault(c.Key)).OfType<ReviewDecision>()];

    /// <summary>Opens the draft <paramref name="documentId"/> of a data folder for review.</summary>
    /// <param name="directory">The data folder.</param>
    /// <param name="documentId">The draft's document id (the name of its files).</param>
    /// <returns>The review, with no decision yet.</returns>
    /// <exception cref="GraphDataException">
    /// The folder does not load, it has no unreviewed draft of that id (the problem lists the drafts it has), or the
    /// draft would not load once reviewed as it stands; every problem names its file.
    /// </exception>
    public static DraftReview Open(string directory, string documentId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentException.ThrowIfNullOrWhiteSpace(documentId);
        var all = GraphDataSource.FromDirectory(directory);
        var graph = GraphLoader.Load(all);
        var paths = DraftPaths(documentId);
        var relationsFile = all.FirstOrDefault(f => f.Path == paths[2]);
        if (relationsFile is null || !IsDraft(relationsFile))
        {
            var drafts = all.Where(f => DataFileLayout.InFolder(f.Path, DataFileLayout.RelationsFolder) && IsDraft(f))
                .Select(f => Path.GetFileNameWithoutExtension(f.Path)).ToList();
            var listed = drafts.Count == 0 ? "it has no draft (kg extract --out writes one)" : $"its drafts are: {string.Join(", ", drafts)}";
            throw Problem(paths[2], relationsFile is null
                ? $"There is no draft \"{documentId}\" in this folder; {listed}{Hint(documentId, drafts)}"
                : $"The file is not an unreviewed draft (\"status\": \"unreviewed\"); {listed}.");
        }

        var draftFiles = all.Where(f => paths.Contains(f.Path) && IsDraft(f)).ToList();
        var flipped = all.Select(f => draftFiles.Contains(f) ? f with { Content = WithStatus(f.Content, DataFileLayout.Reviewed) } : f).ToList();
        Graph draftGraph;
        try
        {
            draftGraph = GraphLoader.Load(flipped);
        }
        catch (GraphDataException e)
        {
            throw new GraphDataException(e.Problems.Prepend(new DataProblem(paths[2], null, null, null,
                $"The draft \"{documentId}\" would not load once reviewed; fix these problems in its files first.")));
        }

        return new DraftReview(Path.GetFullPath(directory), documentId, graph, draftGraph, ReadCandidates(draftFiles, draftGraph, documentId), Hash(draftFiles));
    }

    /// <summary>Finds a candidate by key.</summary>
    /// <param name="key">The candidate's key.</param>
    /// <returns>The candidate, or <see langword="null"/>.</returns>
    public ReviewCandidate? FindCandidate(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return byKey.GetValueOrDefault(key);
    }

    /// <summary>Gets the decision about a candidate, or <see langword="null"/> when it is not decided.</summary>
    /// <param name="key">The candidate's key.</param>
    /// <returns>The decision.</returns>
    public ReviewDecision? DecisionOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return decisions.GetValueOrDefault(key);
    }

    /// <summary>Gets whether an entity id is a new entity of this draft (not an entity of the graph).</summary>
    /// <param name="entityId">An entity id.</param>
    /// <returns><see langword="true"/> for a candidate of the draft.</returns>
    public bool IsDraftEntity(string entityId) => draftEntities.Contains(entityId);

    /// <summary>Gets the id a relation end takes in the reviewed files: the graph entity a linked candidate names, else the id itself.</summary>
    /// <param name="entityId">An entity id of the draft or the graph.</param>
    /// <returns>The id.</returns>
    public string FinalId(string entityId)
    {
        ArgumentNullException.ThrowIfNull(entityId);
        return decisions.GetValueOrDefault(EntityPrefix + entityId) is { Action: ReviewAction.Link, Entity: { } linked }
            ? Graph.FindEntity(linked)?.Id ?? linked
            : entityId;
    }

    /// <summary>
    /// Gets why a candidate cannot be decided yet, or is left out whatever is decided about it: an end that is an
    /// undecided, skipped or rejected entity candidate, an end whose link was rejected, or both ends linked to one entity.
    /// </summary>
    /// <param name="candidate">A candidate of this review.</param>
    /// <returns>A sentence, or <see langword="null"/> when the candidate stands on its own.</returns>
    public string? BlockedBecause(ReviewCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        return Block(candidate)?.Why;
    }

    /// <summary>Why a relation is blocked, and whether only an undecided entity blocks it.</summary>
    private (string Why, bool Undecided)? Block(ReviewCandidate candidate)
    {
        if (candidate.Kind != ReviewCandidateKind.Relation)
        {
            return null;
        }

        var relation = candidate.Relation!;
        foreach (var (end, id) in new[] { ("source", relation.Source), ("target", relation.Target) })
        {
            if (IsDraftEntity(id))
            {
                var said = decisions.GetValueOrDefault(EntityPrefix + id)?.Action;
                if (said is null or ReviewAction.Reject or ReviewAction.Skip)
                {
                    return ($"its {end} \"{id}\" is {(said is null ? "not decided yet" : said == ReviewAction.Reject ? "rejected" : "skipped")}", said is null);
                }
            }
            else if (RejectedLinkOf(candidate, end == "source" ? RelationEnd.Source : RelationEnd.Target) is { } by)
            {
                return ($"its {end} \"{Form(relation, end)}\" is not \"{id}\" (decided on {by})", false);
            }
        }

        return FinalId(relation.Source) == FinalId(relation.Target) ? ($"its source and target are both \"{FinalId(relation.Source)}\" once linked", false) : null;
    }

    /// <summary>Gets the problem with a decision, without recording it: an unknown candidate, an action the candidate does not take, an unknown type, certainty or entity (with "did you mean"), a type whose kinds do not fit the ends.</summary>
    /// <param name="decision">The decision.</param>
    /// <returns>A sentence naming the bad value, or <see langword="null"/> when the decision can be recorded.</returns>
    public string? Check(ReviewDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (!byKey.TryGetValue(decision.Candidate, out var c))
        {
            return $"\"{decision.Candidate}\" is not a candidate of the draft \"{DocumentId}\"{Hint(decision.Candidate, byKey.Keys)}";
        }

        if ((decision.Type ?? decision.Certainty) is not null && (c.Kind != ReviewCandidateKind.Relation || decision.Action != ReviewAction.Accept))
        {
            return "Only an accepted relation takes another type or certainty; a rejection records the candidate as the extractor proposed it.";
        }

        return decision.Action switch
        {
            ReviewAction.Link when c.Kind != ReviewCandidateKind.Entity => "Only an entity candidate can be linked to an entity of the graph.",
            ReviewAction.Link => CheckLink(c, decision.Entity),
            ReviewAction.RejectLink when c.Kind != ReviewCandidateKind.Relation => "Only a relation's end has a link to reject.",
            ReviewAction.RejectLink => CheckRejectLink(c, decision.End),
            ReviewAction.Accept when c.Kind == ReviewCandidateKind.Relation => CheckRelation(c, decision.Type, decision.Certainty),
            ReviewAction.Accept or ReviewAction.Reject or ReviewAction.Skip => null,
            _ => $"The action {decision.Action} is not one of accept, reject, link, reject-link, skip.",
        };
    }

    /// <summary>Records a decision, replacing an earlier one about the same candidate.</summary>
    /// <param name="decision">The decision.</param>
    /// <exception cref="ArgumentException">The decision has a problem (<see cref="Check"/>); the message names it.</exception>
    public void Decide(ReviewDecision decision)
    {
        if (Check(decision) is { } problem)
        {
            throw new ArgumentException(problem, nameof(decision));
        }

        decisions[decision.Candidate] = decision;
    }

    /// <summary>Forgets the decision about a candidate, if any.</summary>
    /// <param name="key">The candidate's key.</param>
    public void Undecide(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        decisions.Remove(key);
    }

    private string? CheckLink(ReviewCandidate c, string? entity)
    {
        if (string.IsNullOrWhiteSpace(entity))
        {
            return "A link names the graph entity (\"entity\").";
        }

        var target = Graph.FindEntity(entity);
        if (target is null)
        {
            return $"\"{entity}\" is not an entity of the graph{Hint(entity, Graph.Entities.Select(e => e.Id))}";
        }

        return target.Kind == c.Entity!.Kind || Graph.FindEntityKind(c.Entity.Kind) is null
            ? null
            : $"\"{target.Id}\" is a {target.Kind}, but the candidate \"{c.Entity.Id}\" is a {c.Entity.Kind}; link it to an entity of its kind, or accept or reject it.";
    }

    private string? CheckRejectLink(ReviewCandidate c, RelationEnd? end)
    {
        if (end is null)
        {
            return "A rejected link names the end (\"end\": \"source\" or \"target\").";
        }

        var name = end == RelationEnd.Source ? "source" : "target";
        var id = end == RelationEnd.Source ? c.Relation!.Source : c.Relation!.Target;
        if (IsDraftEntity(id))
        {
            return $"The {name} \"{id}\" is a new entity of this draft, not a link to the graph; reject or link the entity itself.";
        }

        return Form(c.Relation, name) is null ? $"The draft does not record how the text wrote the {name}; reject the relation instead." : null;
    }

    private string? CheckRelation(ReviewCandidate c, string? typeName, string? certainty)
    {
        if (certainty is not null && ParseCertainty(certainty) is null)
        {
            var names = Enum.GetNames<Certainty>().Where(n => n != nameof(Certainty.Unspecified)).Select(n => n.ToLowerInvariant()).ToList();
            return $"The certainty \"{certainty}\" is not one of: {string.Join(", ", names)}{Hint(certainty, names)}";
        }

        var type = Graph.FindRelationType(typeName ?? c.Relation!.Type);
        if (type is null)
        {
            return $"The type \"{typeName}\" is not a relation type of the vocabulary{Hint(typeName!, Graph.RelationTypes.Select(t => t.Name))}";
        }

        foreach (var (end, id, kinds) in new[] { ("source", c.Relation!.Source, type.SourceKinds), ("target", c.Relation.Target, type.TargetKinds) })
        {
            var entity = IsDraftEntity(id) && decisions.GetValueOrDefault(EntityPrefix + id)?.Action != ReviewAction.Link ? DraftGraph.FindEntity(id) : Graph.FindEntity(FinalId(id));
            if (entity is not null && !kinds.IsEmpty && !kinds.Contains(entity.Kind))
            {
                return $"The type \"{type.Name}\" takes a {string.Join(" or ", kinds)} as {end}, but \"{entity.Id}\" is a {entity.Kind}.";
            }
        }

        return null;
    }

    /// <summary>Gets the relation whose rejected link this candidate's end rests on (the same written name and entity), if any.</summary>
    private string? RejectedLinkOf(ReviewCandidate c, RelationEnd end)
    {
        var name = end == RelationEnd.Source ? "source" : "target";
        var id = end == RelationEnd.Source ? c.Relation!.Source : c.Relation!.Target;
        if (Form(c.Relation, name) is not { } form)
        {
            return null;
        }

        foreach (var (key, d) in decisions.Where(d => d.Value.Action == ReviewAction.RejectLink))
        {
            var other = byKey[key].Relation!;
            var (otherId, otherForm) = d.End == RelationEnd.Source ? (other.Source, Form(other, "source")) : (other.Target, Form(other, "target"));
            if (otherId == id && otherForm is not null && SearchText.Normalize(otherForm) == SearchText.Normalize(form))
            {
                return key == c.Key ? "this relation" : $"\"{key}\"";
            }
        }

        return null;
    }

    /// <summary>Gets how the text wrote a relation's end, as the draft recorded it (qualifier <c>sourceForm</c> or <c>targetForm</c>).</summary>
    /// <param name="relation">A relation of the draft.</param>
    /// <param name="end"><c>source</c> or <c>target</c>.</param>
    /// <returns>The written name, or <see langword="null"/>.</returns>
    internal static string? Form(Relation relation, string end) => relation.Qualifiers.GetValueOrDefault(end + "Form");

    /// <summary>Reads a certainty as the data files write it (<c>stated</c>, ..., lower case).</summary>
    internal static Certainty? ParseCertainty(string text) =>
        Enum.GetValues<Certainty>().Where(c => c != Certainty.Unspecified).Cast<Certainty?>().FirstOrDefault(c => c.ToString()!.ToLowerInvariant() == text);

    private static ImmutableArray<ReviewCandidate> ReadCandidates(List<GraphDataFile> draftFiles, Graph draftGraph, string documentId)
    {
        var candidates = ImmutableArray.CreateBuilder<ReviewCandidate>();
        var paths = DraftPaths(documentId);
        if (draftFiles.FirstOrDefault(f => f.Path == paths[1]) is { } entities)
        {
            foreach (var id in Ids(JsonNode.Parse(entities.Content)?["entities"], "id"))
            {
                if (draftGraph.FindEntity(id) is { } entity && entity.Id == id)
                {
                    candidates.Add(new ReviewCandidate { Key = EntityPrefix + id, Kind = ReviewCandidateKind.Entity, Entity = entity });
                }
            }
        }

        var root = JsonNode.Parse(draftFiles.First(f => f.Path == paths[2]).Content);
        foreach (var id in Ids(root?["relations"], "id"))
        {
            var relation = draftGraph.FindRelation(id)!;
            candidates.Add(new ReviewCandidate { Key = RelationPrefix + id, Kind = ReviewCandidateKind.Relation, Relation = relation, Evidence = relation.Evidence });
        }

        // The draft's evidence of a graph relation is the evidence of its document, in file order.
        var taken = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var addition in (root?["evidenceAdditions"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var id = (string)addition["relation"]!;
            var count = (addition["evidence"] as JsonArray)?.Count ?? 0;
            var relation = draftGraph.FindRelation(id)!;
            var skip = taken.GetValueOrDefault(id);
            taken[id] = skip + count;
            var evidence = relation.Evidence.Where(e => e.Document == documentId).Skip(skip).Take(count).ToImmutableArray();
            var key = EvidencePrefix + id + (skip == 0 ? string.Empty : $"#{candidates.Count(c => c.Kind == ReviewCandidateKind.EvidenceAddition && c.Relation!.Id == relation.Id) + 1}");
            candidates.Add(new ReviewCandidate { Key = key, Kind = ReviewCandidateKind.EvidenceAddition, Relation = relation, Evidence = evidence });
        }

        return candidates.ToImmutable();
    }

    private static IEnumerable<string> Ids(JsonNode? list, string property) =>
        (list as JsonArray ?? []).OfType<JsonObject>().Select(o => o[property]?.GetValue<string>()).OfType<string>();

    /// <summary>The draft's files: documents/, entities/, relations/ (in that order).</summary>
    private static string[] DraftPaths(string documentId) =>
    [
        $"{DataFileLayout.DocumentsFolder}/{documentId}.json",
        $"{DataFileLayout.EntitiesFolder}/{documentId}.json",
        $"{DataFileLayout.RelationsFolder}/{documentId}.json",
    ];

    private static bool IsDraft(GraphDataFile file)
    {
        try
        {
            using var doc = JsonDocument.Parse(file.Content);
            return doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("status", out var s)
                && s.ValueKind == JsonValueKind.String && s.GetString() == DataFileLayout.Unreviewed;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static byte[] WithStatus(byte[] content, string status)
    {
        var root = (JsonObject)JsonNode.Parse(content)!;
        root["status"] = status;
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, DataFileWriter.Options))
        {
            root.WriteTo(w);
        }

        return stream.ToArray();
    }

    private static string Hash(IEnumerable<GraphDataFile> draftFiles)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var f in draftFiles.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(f.Path + "\n"));
            hash.AppendData(f.Content);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }

    /// <summary>Ends a sentence with "; did you mean ...?" when a value is close to one of the candidates, else with a period.</summary>
    private static string Hint(string value, IEnumerable<string> candidates) => LoadState.Suggest(value, candidates) is { Length: > 0 } hint ? hint : ".";

    private static GraphDataException Problem(string file, string message) => new([new DataProblem(file, null, null, null, message)]);
}
