using System.Collections.Immutable;
using KnowledgeGraph.Model;
using KnowledgeGraph.Queries;

namespace KnowledgeGraph;

/// <summary>The query methods of the graph: entity search, paths, neighbourhoods, relation lookup and rankings.</summary>
public sealed partial class Graph
{
    /// <summary>The largest <c>limit</c> of <see cref="SearchEntities"/>.</summary>
    public const int MaxSearchLimit = 100;

    private QueryEngine? queryEngine;
    private object? queryEngineLock;

    /// <summary>Gets the query engine and its compact index, built on first use (thread-safe, once).</summary>
    internal QueryEngine Engine => LazyInitializer.EnsureInitialized(ref queryEngine, ref queryEngineLock, () => new QueryEngine(this));

    /// <summary>
    /// Finds entities by id, canonical name, alias, demonym or metonym, ignoring case, accents and punctuation
    /// (Türkiye = Turkiye = turkiye; Ergün = Ergun), and ranks exact matches before prefix, substring and fuzzy
    /// ones (typos and transliterations such as Pashinian, Galusin or Simonian).
    /// </summary>
    /// <param name="text">The text to look for.</param>
    /// <param name="limit">The largest number of matches, 1 to <see cref="MaxSearchLimit"/>; 10 by default.</param>
    /// <returns>The best match of each entity found, best first; empty when nothing matches.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="QueryArgumentException"><paramref name="limit"/> is out of range (parameter <c>limit</c>).</exception>
    public IReadOnlyList<EntityMatch> SearchEntities(string text, int limit = 10) => Engine.SearchEntities(text, limit);

    /// <summary>Gets an entity by its exact id.</summary>
    /// <param name="id">The entity id.</param>
    /// <returns>The entity.</returns>
    /// <exception cref="EntityNotFoundException">No entity has the id; the exception lists the closest ids.</exception>
    public Entity GetEntity(string id) => Engine.GetEntity(id);

    /// <summary>
    /// Resolves an id or a name: the entity with that exact id, else the one entity with a name, alias, demonym
    /// or metonym equal to the text once normalised (case, accents and punctuation ignored).
    /// </summary>
    /// <param name="idOrName">An id or a name.</param>
    /// <returns>The entity, or <see langword="null"/> when none or several match.</returns>
    public Entity? ResolveEntity(string idOrName) => Engine.ResolveEntity(idOrName);

    /// <summary>
    /// Finds paths between two entities: the shortest one, the <see cref="PathOptions.K"/> shortest simple paths in
    /// order (Yen), every shortest path or every simple path (<see cref="PathOptions.Mode"/>), with the filter applied
    /// during the search. Paths are sequences of relations: parallel relations give distinct paths. The options are
    /// checked before the ends: every problem of the options is reported at once.
    /// </summary>
    /// <param name="fromId">The id of the start entity.</param>
    /// <param name="toId">The id of the target entity.</param>
    /// <param name="options">What to find and the caps; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the search.</param>
    /// <returns>
    /// The paths found, empty when there is none; truncated with a reason when a cap was hit. When the filter's evidence
    /// conditions leave evidence out, each step's relation holds only the evidence that counts and is explained by it.
    /// </returns>
    /// <exception cref="EntityNotFoundException">An id is not an entity of the graph (and the options are valid).</exception>
    /// <exception cref="QueryArgumentException">
    /// Options are out of range, contradict each other (<see cref="PathOptions.K"/> with a mode other than
    /// <see cref="PathSearchMode.KShortest"/>) or name an unknown type, kind or entity; it lists every problem.
    /// </exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public PathResult FindPaths(string fromId, string toId, PathOptions? options = null, CancellationToken cancellationToken = default) =>
        Engine.FindPaths(fromId, toId, options, cancellationToken);

    /// <summary>
    /// Gets the entities within <see cref="NeighbourhoodOptions.Depth"/> hops of an entity, with their distances,
    /// and the relations among them (the induced subgraph, filtered by relation type, certainty and time).
    /// </summary>
    /// <param name="centerId">The id of the center entity.</param>
    /// <param name="options">Depth, filter and caps; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the exploration.</param>
    /// <returns>
    /// The neighbourhood; truncated with a reason when a cap was hit. When the filter's evidence conditions leave
    /// evidence out, each relation holds only the evidence that counts (<see cref="ViewOf"/>).
    /// </returns>
    /// <exception cref="EntityNotFoundException">The id is not an entity of the graph (and the options are valid).</exception>
    /// <exception cref="QueryArgumentException">Options are out of range or name an unknown type, kind or entity; it lists every problem.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public NeighbourhoodResult GetNeighbourhood(string centerId, NeighbourhoodOptions? options = null, CancellationToken cancellationToken = default) =>
        Engine.GetNeighbourhood(centerId, options, cancellationToken);

    /// <summary>Finds the relations that meet every condition of a query, in data order.</summary>
    /// <param name="query">The conditions.</param>
    /// <returns>
    /// The relations; empty when none match. When the query's evidence conditions leave evidence out, each holds only
    /// the evidence that counts (<see cref="ViewOf"/>).
    /// </returns>
    /// <exception cref="QueryArgumentException">
    /// An entity id, type or certainty of the query is unknown, or the window ends before it starts; it lists every
    /// problem, naming the entity condition (<c>entity</c>, <c>otherEntity</c>, <c>source</c>, <c>target</c>) of an unknown id.
    /// </exception>
    public IReadOnlyList<Relation> FindRelations(RelationQuery query) => Engine.FindRelations(query);

    /// <summary>
    /// Gets every relation of an entity (either end, any certainty) ordered by date: by the first day it may have
    /// held, then the last; undated relations last, in data order.
    /// </summary>
    /// <param name="entityId">The entity id.</param>
    /// <returns>The relations in date order.</returns>
    /// <exception cref="EntityNotFoundException">The id is not an entity of the graph.</exception>
    public IReadOnlyList<Relation> GetTimeline(string entityId) => Engine.GetTimeline(entityId);

    /// <summary>
    /// Ranks entities by a centrality measure computed over the relations and entities the filter allows
    /// (Brandes' algorithm for betweenness). Entities with a score of 0 are left out.
    /// </summary>
    /// <param name="measure">The measure.</param>
    /// <param name="options">Filter, kinds to rank and limit; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the computation.</param>
    /// <returns>The top entities, best first, with 1-based ranks shared by equal scores.</returns>
    /// <exception cref="QueryArgumentException">Options are out of range or name an unknown type, kind or entity; it lists every problem.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public IReadOnlyList<ActorScore> RankActors(CentralityMeasure measure, RankingOptions? options = null, CancellationToken cancellationToken = default) =>
        Engine.RankActors(measure, options, cancellationToken);

    /// <summary>
    /// Writes a relation as a plain-language clause with its date and evidence, e.g. "Nikol Pashinyan held a phone
    /// call with Vladimir Putin (14 March 2025; paragraph 8, note 2)". Read from the target, it uses the type's
    /// inverse label. A reported relation reads "reportedly"; hedged, hypothetical and denied ones say so in the
    /// parentheses.
    /// </summary>
    /// <param name="relation">A relation of this graph.</param>
    /// <param name="alongDirection"><see langword="true"/> to read from the source, <see langword="false"/> from the target.</param>
    /// <returns>The clause.</returns>
    /// <exception cref="ArgumentException">The relation's type is not in the graph's vocabulary.</exception>
    /// <exception cref="EntityNotFoundException">An end of the relation is not an entity of the graph.</exception>
    public string Explain(Relation relation, bool alongDirection = true) => Engine.Explain(relation, alongDirection);

    /// <summary>
    /// Writes a relation as a query with these evidence conditions tells it (see <see cref="ViewOf"/>): only the evidence
    /// that counts is referred to and judged contested or not, and the document of each reference is named only when
    /// the evidence that counts can come from several documents, so the relations of one document read as that
    /// document alone tells them. Paths explain their steps this way by themselves (<see cref="PathStep.Explanation"/>).
    /// </summary>
    /// <param name="relation">A relation of this graph, or a view of one.</param>
    /// <param name="filter">The evidence conditions, e.g. <see cref="TraversalFilter.Evidence"/> or <see cref="RelationQuery.Evidence"/>.</param>
    /// <param name="alongDirection"><see langword="true"/> to read from the source, <see langword="false"/> from the target.</param>
    /// <returns>The clause.</returns>
    /// <exception cref="QueryArgumentException">The filter names a document the graph does not have (parameters <c>documents</c>, <c>excludeDocuments</c>).</exception>
    /// <exception cref="ArgumentException">The relation's type is not in the graph's vocabulary.</exception>
    /// <exception cref="EntityNotFoundException">An end of the relation is not an entity of the graph.</exception>
    public string Explain(Relation relation, EvidenceFilter filter, bool alongDirection = true) => Engine.Explain(relation, filter, alongDirection);

    /// <summary>
    /// Gets a relation as a query with these evidence conditions sees it: the same record when all its evidence counts,
    /// else a copy holding only the evidence that counts (empty when none does). Its <see cref="Relation.Positions"/>,
    /// <see cref="Relation.IsContested"/> and <see cref="SupportOf(Relation)"/> are then those of the counted evidence.
    /// The relations that <see cref="FindPaths"/>, <see cref="GetNeighbourhood"/> and <see cref="FindRelations"/> return
    /// are such views already.
    /// </summary>
    /// <param name="relation">A relation of this graph, or a view of one.</param>
    /// <param name="filter">The evidence conditions, e.g. <see cref="TraversalFilter.Evidence"/> or <see cref="RelationQuery.Evidence"/>.</param>
    /// <returns>The relation with only the evidence that counts.</returns>
    /// <exception cref="QueryArgumentException">The filter names a document the graph does not have (parameters <c>documents</c>, <c>excludeDocuments</c>).</exception>
    public Relation ViewOf(Relation relation, EvidenceFilter filter) => Engine.ViewOf(relation, filter);

    /// <summary>
    /// Checks path options against the graph without searching: the problems <see cref="FindPaths"/> would report in
    /// its <see cref="QueryArgumentException"/>, for callers that gather problems of their own too (the REST API).
    /// </summary>
    /// <param name="options">The options; <see langword="null"/> for the defaults.</param>
    /// <returns>Every problem, in check order; empty when the options are valid.</returns>
    public ImmutableArray<QueryProblem> CheckPathOptions(PathOptions? options) => Engine.CheckPathOptions(options);

    /// <summary>Checks neighbourhood options against the graph without exploring (see <see cref="CheckPathOptions"/>).</summary>
    /// <param name="options">The options; <see langword="null"/> for the defaults.</param>
    /// <returns>Every problem <see cref="GetNeighbourhood"/> would report; empty when the options are valid.</returns>
    public ImmutableArray<QueryProblem> CheckNeighbourhoodOptions(NeighbourhoodOptions? options) => Engine.CheckNeighbourhoodOptions(options);

    /// <summary>Checks a relation query against the graph without running it (see <see cref="CheckPathOptions"/>).</summary>
    /// <param name="query">The query.</param>
    /// <returns>Every problem <see cref="FindRelations"/> would report; empty when the query is valid.</returns>
    public ImmutableArray<QueryProblem> CheckRelationQuery(RelationQuery query) => Engine.CheckRelationQuery(query);

    /// <summary>Checks a ranking's measure and options against the graph without ranking (see <see cref="CheckPathOptions"/>).</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="options">The options; <see langword="null"/> for the defaults.</param>
    /// <returns>Every problem <see cref="RankActors"/> would report; empty when they are valid.</returns>
    public ImmutableArray<QueryProblem> CheckRankingOptions(CentralityMeasure measure, RankingOptions? options) => Engine.CheckRankingOptions(measure, options);
}
