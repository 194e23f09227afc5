using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace KnowledgeGraph.Api.Contracts;

/// <summary>
/// The source filter shared by the routes that return relations, bound from the query string: which documents' evidence
/// counts (only, never, published by a date) and how many independent outlets must support a relation. Each relation
/// returned holds only the evidence that counts, and its documents, outlets, contestedness and sentence are those of it.
/// </summary>
public abstract class SourceRequest
{
    /// <summary>Gets the documents whose evidence counts.</summary>
    [FromQuery(Name = "documents")]
    [Description("Only what these sources say: document ids (comma-separated or repeated; see /api/documents). A relation counts when evidence from one of them supports it, and is returned with their evidence only.")]
    public string[]? Documents { get; init; }

    /// <summary>Gets the documents whose evidence never counts.</summary>
    [FromQuery(Name = "excludeDocuments")]
    [Description("Never what these sources say: only evidence from other documents counts, and relations are returned without theirs (comma-separated or repeated).")]
    public string[]? ExcludeDocuments { get; init; }

    /// <summary>Gets the number of independent outlets required.</summary>
    [FromQuery(Name = "minSources")]
    [Description("Only relations supported by at least this many independent outlets (0 to 100; a reprint or a report citing another outlet counts as that outlet).")]
    public int? MinSources { get; init; }

    /// <summary>Gets the report date.</summary>
    [FromQuery(Name = "knownAt")]
    [Description("Report time: only evidence from documents published on or before this date counts (yyyy-MM-dd; yyyy-MM or yyyy mean its last day). Documents without a date always count; relations are returned with the counted evidence only.")]
    public string? KnownAt { get; init; }
}

/// <summary>The traversal filters shared by the path and neighbourhood endpoints, bound from the query string.</summary>
public abstract class TraversalRequest : SourceRequest
{
    /// <summary>Gets the direction: out, in or both.</summary>
    [FromQuery(Name = "direction")]
    [Description("Follow relations 'out' (source to target), 'in' (target to source) or 'both' (default).")]
    public string? Direction { get; init; }

    /// <summary>Gets the relation types to follow.</summary>
    [FromQuery(Name = "relationTypes")]
    [Description("Only follow these relation types (comma-separated or repeated); see /api/relation-types.")]
    public string[]? RelationTypes { get; init; }

    /// <summary>Gets the relation types not to follow.</summary>
    [FromQuery(Name = "excludeRelationTypes")]
    [Description("Never follow these relation types (comma-separated or repeated).")]
    public string[]? ExcludeRelationTypes { get; init; }

    /// <summary>Gets the entity kinds allowed along the way.</summary>
    [FromQuery(Name = "kinds")]
    [Description("Only reach or pass through entities of these kinds (comma-separated or repeated; see /api/entity-kinds); the start and the end are always allowed.")]
    public string[]? Kinds { get; init; }

    /// <summary>Gets the entity kinds not to pass through.</summary>
    [FromQuery(Name = "excludeKinds")]
    [Description("Never reach or pass through entities of these kinds (comma-separated or repeated).")]
    public string[]? ExcludeKinds { get; init; }

    /// <summary>Gets the entities not to pass through.</summary>
    [FromQuery(Name = "excludeEntities")]
    [Description("Never pass through these entity ids (comma-separated or repeated), e.g. 'russia' for 'not via Russia'.")]
    public string[]? ExcludeEntities { get; init; }

    /// <summary>Gets the day the relations must have held on.</summary>
    [FromQuery(Name = "asOf")]
    [Description("Only relations that held on this day (yyyy-MM-dd; yyyy-MM or yyyy mean its first day). Undated relations are kept.")]
    public string? AsOf { get; init; }

    /// <summary>Gets the start of the time window.</summary>
    [FromQuery(Name = "since")]
    [Description("Only relations that held on or after this date (yyyy-MM-dd, yyyy-MM or yyyy). Undated relations are kept.")]
    public string? Since { get; init; }

    /// <summary>Gets the end of the time window.</summary>
    [FromQuery(Name = "until")]
    [Description("Only relations that held on or before this date (yyyy-MM-dd, yyyy-MM or yyyy: its last day). Undated relations are kept.")]
    public string? Until { get; init; }

    /// <summary>Gets whether hedged, hypothetical and denied relations are followed.</summary>
    [FromQuery(Name = "includeUncertain")]
    [Description("Also follow hedged, hypothetical and denied relations (default false: only stated and reported ones).")]
    public bool? IncludeUncertain { get; init; }

    /// <summary>Gets whether contested relations are followed.</summary>
    [FromQuery(Name = "includeContested")]
    [Description("Also follow relations the counted documents disagree about (default false).")]
    public bool? IncludeContested { get; init; }
}

/// <summary>The paging parameters of the entity list.</summary>
public abstract class PageRequest
{
    /// <summary>Gets the page size.</summary>
    [FromQuery(Name = "limit")]
    [Description("Page size: 1 to 500, default 50.")]
    public int? Limit { get; init; }

    /// <summary>Gets how many items to skip.</summary>
    [FromQuery(Name = "offset")]
    [Description("Items to skip, 0 or more; default 0.")]
    public int? Offset { get; init; }
}

/// <summary>Parameters of <c>GET /api/entities</c>.</summary>
public sealed class EntityListRequest : PageRequest
{
    /// <summary>Text to find in names and aliases (case-, accent- and punctuation-insensitive, typo-tolerant).</summary>
    [FromQuery(Name = "search")]
    [Description("Text to find in names and aliases; case-, accent- and punctuation-insensitive and typo-tolerant (e.g. 'Pashinian'). Results are ranked by match quality.")]
    public string? Search { get; init; }

    /// <summary>Only entities of this kind.</summary>
    [FromQuery(Name = "kind")]
    [Description("Only entities of this kind (see /api/entity-kinds), e.g. 'Official'.")]
    public string? Kind { get; init; }
}

/// <summary>Parameters of <c>GET /api/entities/{id}/neighbourhood</c>.</summary>
public sealed class NeighbourhoodRequest : TraversalRequest
{
    /// <summary>The center entity's id.</summary>
    [FromRoute(Name = "id")]
    [Description("The center entity's id (or an unambiguous name, or the id of an entity merged into it), e.g. 'csto' or 'nikol-pashinyan'.")]
    public required string Id { get; init; }

    /// <summary>How many hops to go out.</summary>
    [FromQuery(Name = "depth")]
    [Description("Hops from the center: 1 to 3 (configurable maximum), default 1.")]
    public int? Depth { get; init; }

    /// <summary>The most entities to return.</summary>
    [FromQuery(Name = "limit")]
    [Description("The most entities to return: 1 to 500, default 500; beyond it the result says truncated.")]
    public int? Limit { get; init; }
}

/// <summary>Parameters of <c>GET /api/paths</c>.</summary>
public sealed class PathsRequest : TraversalRequest
{
    /// <summary>The start entity.</summary>
    [FromQuery(Name = "from")]
    [Description("The start entity's id (or an unambiguous name, or the id of an entity merged into it), e.g. 'nikol-pashinyan'. Required.")]
    public string? From { get; init; }

    /// <summary>The end entity.</summary>
    [FromQuery(Name = "to")]
    [Description("The end entity's id (or an unambiguous name, or the id of an entity merged into it), e.g. 'israel'. Required.")]
    public string? To { get; init; }

    /// <summary>How many shortest paths to return.</summary>
    [FromQuery(Name = "k")]
    [Description("The k shortest simple paths, in order: 1 to 10 (configurable maximum), default 1.")]
    public int? K { get; init; }

    /// <summary>The longest path allowed.</summary>
    [FromQuery(Name = "maxLength")]
    [Description("The most relations on a path: 1 to 8 (configurable maximum), default 6.")]
    public int? MaxLength { get; init; }

    /// <summary>Whether to return all shortest paths.</summary>
    [FromQuery(Name = "all")]
    [Description("Return all paths of the minimum length (up to 100) instead of the k shortest.")]
    public bool? All { get; init; }

    /// <summary>How the cost of a path is counted.</summary>
    [FromQuery(Name = "weighting")]
    [Description("What 'shortest' means for the k paths: 'hops' (default: fewest relations), 'prefer-supported' (a relation costs 1 + 4/2^n for its n independent outlets: 3, 2, 1.5, ...), "
        + "'prefer-stated' (stated 1, reported 1.5, hedged 3, hypothetical 4, denied 5) or 'prefer-cooperative' (cooperative 1, neutral 1.5, conflictual 3). Not with all=true.")]
    public string? Weighting { get; init; }
}

/// <summary>Parameters of <c>GET /api/entities/{id}</c>.</summary>
public sealed class EntityRequest : SourceRequest
{
    /// <summary>The entity's id.</summary>
    [FromRoute(Name = "id")]
    [Description("The entity's id, e.g. 'nikol-pashinyan' (an unambiguous name also works, and so does the id of an entity merged into it: the answer is the entity it was merged into).")]
    public required string Id { get; init; }
}

/// <summary>Parameters of <c>GET /api/relations</c>.</summary>
public sealed class RelationListRequest : SourceRequest
{
    /// <summary>Relations with this entity at either end.</summary>
    [FromQuery(Name = "entity")]
    [Description("Relations with this entity id at either end, e.g. 'armenia'.")]
    public string? Entity { get; init; }

    /// <summary>Relations with this source.</summary>
    [FromQuery(Name = "source")]
    [Description("Relations whose source is this entity id.")]
    public string? Source { get; init; }

    /// <summary>Relations with this target.</summary>
    [FromQuery(Name = "target")]
    [Description("Relations whose target is this entity id.")]
    public string? Target { get; init; }

    /// <summary>Relations of these types.</summary>
    [FromQuery(Name = "type")]
    [Description("Relations of these types (comma-separated or repeated); see /api/relation-types.")]
    public string[]? Type { get; init; }

    /// <summary>The start of the time window.</summary>
    [FromQuery(Name = "since")]
    [Description("Relations that held on or after this date (yyyy-MM-dd, yyyy-MM or yyyy). Undated relations are kept.")]
    public string? Since { get; init; }

    /// <summary>The end of the time window.</summary>
    [FromQuery(Name = "until")]
    [Description("Relations that held on or before this date (yyyy-MM-dd, yyyy-MM or yyyy). Undated relations are kept.")]
    public string? Until { get; init; }

    /// <summary>Relations of these certainties.</summary>
    [FromQuery(Name = "certainty")]
    [Description("Relations of these certainties (comma-separated or repeated): stated, reported, hedged, hypothetical, denied. Default: all.")]
    public string[]? Certainty { get; init; }

    /// <summary>Gets whether to list only contested (true) or only uncontested (false) relations.</summary>
    [FromQuery(Name = "contested")]
    [Description("true: only relations the counted documents disagree about; false: only the others; absent: both.")]
    public bool? Contested { get; init; }

    /// <summary>Gets the page size.</summary>
    [FromQuery(Name = "limit")]
    [Description("Page size: 1 to 500, default 50.")]
    public int? Limit { get; init; }

    /// <summary>Gets how many items to skip.</summary>
    [FromQuery(Name = "offset")]
    [Description("Items to skip, 0 or more; default 0.")]
    public int? Offset { get; init; }
}

/// <summary>Parameters of <c>GET /api/actors/ranking</c>.</summary>
public sealed class RankingRequest
{
    /// <summary>The centrality measure.</summary>
    [FromQuery(Name = "measure")]
    [Description("'degree' (default: relations per entity) or 'betweenness' (Brandes: how often an entity lies on shortest paths between others).")]
    public string? Measure { get; init; }

    /// <summary>Only rank entities of these kinds.</summary>
    [FromQuery(Name = "kind")]
    [Description("Only rank entities of these kinds (comma-separated or repeated), e.g. 'State'.")]
    public string[]? Kind { get; init; }

    /// <summary>How many to return.</summary>
    [FromQuery(Name = "limit")]
    [Description("How many entities to return: 1 to 500, default 20.")]
    public int? Limit { get; init; }

    /// <summary>Whether uncertain relations count.</summary>
    [FromQuery(Name = "includeUncertain")]
    [Description("Also count hedged, hypothetical and denied relations (default false).")]
    public bool? IncludeUncertain { get; init; }
}
