namespace KnowledgeGraph.Api.Contracts;

/// <summary>An entity as listed in search results and neighbourhoods.</summary>
/// <param name="Id">The stable id, e.g. <c>nikol-pashinyan</c>.</param>
/// <param name="Name">The canonical name.</param>
/// <param name="Kind">The entity kind, e.g. <c>Official</c>.</param>
/// <param name="Aliases">Every other surface form: aliases, demonyms and metonyms.</param>
/// <param name="Role">The office or role the source states, if any.</param>
/// <param name="Description">A one-sentence description in the curator's words.</param>
/// <param name="Identifiers">External identifiers such as ISO 3166 codes.</param>
public sealed record EntityDto(
    string Id,
    string Name,
    string Kind,
    IReadOnlyList<string> Aliases,
    string? Role,
    string? Description,
    IReadOnlyDictionary<string, string> Identifiers);

/// <summary>An entity found by a search, with how well it matched.</summary>
/// <param name="Id">The stable id.</param>
/// <param name="Name">The canonical name.</param>
/// <param name="Kind">The entity kind.</param>
/// <param name="Aliases">Every other surface form.</param>
/// <param name="Role">The office or role, if any.</param>
/// <param name="Score">Match quality from 0 to 1 (1 = exact); absent when no search was given.</param>
/// <param name="MatchedText">The name or alias that matched.</param>
/// <param name="MatchKind">How it matched: id, exact, prefix, contains or fuzzy.</param>
public sealed record EntityListItem(
    string Id,
    string Name,
    string Kind,
    IReadOnlyList<string> Aliases,
    string? Role,
    double? Score,
    string? MatchedText,
    string? MatchKind);

/// <summary>An entity with all its relations.</summary>
/// <param name="Id">The stable id.</param>
/// <param name="Name">The canonical name.</param>
/// <param name="Kind">The entity kind.</param>
/// <param name="Aliases">Other names, abbreviations and transliterations.</param>
/// <param name="Referents">The ids of the entities merged into this one (<c>resolution.json</c>); every route accepts them for this entity and answers with its id. Empty when nothing was merged into it.</param>
/// <param name="Demonyms">Adjective forms ("Armenian").</param>
/// <param name="Metonyms">Capitals or seats of power standing for the government.</param>
/// <param name="Role">The office or role, if any.</param>
/// <param name="Description">A one-sentence description in the curator's words.</param>
/// <param name="Identifiers">External identifiers such as ISO 3166 codes.</param>
/// <param name="Isolated">Why the entity has no relation, when it is deliberately isolated.</param>
/// <param name="Relations">Its relations, in date order (undated last).</param>
/// <param name="SupportingDocuments">The ids of the documents that support at least one of its relations, each once, in the order its relations cite them.</param>
/// <param name="OutletCount">How many independent outlets those documents come from (a reprint or a report citing another outlet counts as that outlet).</param>
public sealed record EntityDetailDto(
    string Id,
    string Name,
    string Kind,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Referents,
    IReadOnlyList<string> Demonyms,
    IReadOnlyList<string> Metonyms,
    string? Role,
    string? Description,
    IReadOnlyDictionary<string, string> Identifiers,
    string? Isolated,
    IReadOnlyList<RelationDto> Relations,
    IReadOnlyList<string> SupportingDocuments,
    int OutletCount);

/// <summary>When a relation held; each date is a partial ISO date whose length gives its precision.</summary>
/// <param name="Point">The point in time, e.g. <c>2025-03-14</c> or <c>2025-03</c>.</param>
/// <param name="Start">The start of a period.</param>
/// <param name="End">The end of a period.</param>
/// <param name="Precision">The precision of the point or of the start: year, month or day.</param>
/// <param name="Text">The time in words, e.g. "14 March 2025".</param>
public sealed record TimeDto(string? Point, string? Start, string? End, string? Precision, string Text);

/// <summary>The source a footnote or background note cites.</summary>
/// <param name="Outlet">The outlet as printed.</param>
/// <param name="OutletEntity">The id of the outlet's entity, if the graph has one.</param>
/// <param name="Title">The cited work's title.</param>
/// <param name="Url">The cited work's address.</param>
/// <param name="Accessed">When the source was accessed (partial ISO date).</param>
public sealed record CitationDto(string Outlet, string? OutletEntity, string? Title, string? Url, string? Accessed);

/// <summary>Where the text states a relation.</summary>
/// <param name="Document">The source document's id (absent for background knowledge).</param>
/// <param name="Paragraph">The paragraph number (non-empty blocks between blank lines, from 1).</param>
/// <param name="Footnote">The footnote cited in that paragraph for this fact.</param>
/// <param name="Note">A short note in the curator's words.</param>
/// <param name="Background">True when this is background knowledge rather than a statement of the document.</param>
/// <param name="Citation">The cited source.</param>
public sealed record EvidenceDto(string? Document, int? Paragraph, int? Footnote, string? Note, bool Background, CitationDto? Citation);

/// <summary>A relation statement.</summary>
/// <param name="Id">The statement's id.</param>
/// <param name="Type">The relation type, e.g. <c>held-phone-call-with</c>.</param>
/// <param name="Label">The type's label, read from the source.</param>
/// <param name="Source">The source entity's id.</param>
/// <param name="SourceName">The source entity's name.</param>
/// <param name="Target">The target entity's id.</param>
/// <param name="TargetName">The target entity's name.</param>
/// <param name="Time">When it held (absent when the text gives no time).</param>
/// <param name="Certainty">stated, reported, hedged, hypothetical or denied.</param>
/// <param name="Polarity">cooperative, conflictual or neutral.</param>
/// <param name="Implicit">True when the text only implies the relation.</param>
/// <param name="Qualifiers">Extra facts such as the place or who initiated it.</param>
/// <param name="Evidence">Where the text says so.</param>
/// <param name="Sentence">The relation as a sentence, with date and evidence reference.</param>
/// <param name="SupportingDocuments">The ids of the documents whose evidence supports the relation.</param>
/// <param name="OutletCount">How many independent outlets those documents come from (a reprint or a report citing another outlet counts as that outlet).</param>
/// <param name="Contested">True when the documents disagree about the relation (one denies it, or they give other dates or values).</param>
/// <param name="DisputingDocuments">The ids of the documents whose evidence denies what the relation records (or, for a relation recorded as denied, states it).</param>
/// <param name="Positions">For a contested relation, each side the documents take (what it says and who says it), in evidence order; empty otherwise.</param>
public sealed record RelationDto(
    string Id,
    string Type,
    string Label,
    string Source,
    string SourceName,
    string Target,
    string TargetName,
    TimeDto? Time,
    string Certainty,
    string Polarity,
    bool Implicit,
    IReadOnlyDictionary<string, string> Qualifiers,
    IReadOnlyList<EvidenceDto> Evidence,
    string Sentence,
    IReadOnlyList<string> SupportingDocuments,
    int OutletCount,
    bool Contested,
    IReadOnlyList<string> DisputingDocuments,
    IReadOnlyList<PositionDto> Positions);

/// <summary>One side of a contested relation: what some of its documents say about it, and which documents say so.</summary>
/// <param name="Certainty">How firmly this side asserts the relation: stated, reported, hedged, hypothetical, or denied for the side that denies it.</param>
/// <param name="Time">When this side says the relation held (absent when it gives no time).</param>
/// <param name="Qualifiers">The qualifiers this side gives (the relation's, with this side's own values in place of them).</param>
/// <param name="Documents">The ids of the documents that take this side, in evidence order (empty for background knowledge).</param>
public sealed record PositionDto(string Certainty, TimeDto? Time, IReadOnlyDictionary<string, string> Qualifiers, IReadOnlyList<string> Documents);

/// <summary>A page of results.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Items">The items of this page.</param>
/// <param name="Total">The number of items across all pages.</param>
/// <param name="Limit">The page size used.</param>
/// <param name="Offset">The number of items skipped.</param>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int Limit, int Offset);

/// <summary>An entity of a neighbourhood with its hop distance from the center.</summary>
/// <param name="Id">The entity's id.</param>
/// <param name="Name">The entity's name.</param>
/// <param name="Kind">The entity's kind.</param>
/// <param name="Distance">Hops from the center (0 for the center).</param>
public sealed record NeighbourhoodNodeDto(string Id, string Name, string Kind, int Distance);

/// <summary>The entities within some hops of a center and the relations among them.</summary>
/// <param name="Center">The center's id.</param>
/// <param name="Depth">The depth used.</param>
/// <param name="Nodes">The entities reached, with their distance.</param>
/// <param name="Edges">The relations among the reached entities that pass the filters.</param>
/// <param name="Truncated">True when a cap cut the result.</param>
/// <param name="TruncationReason">Which cap, when truncated.</param>
public sealed record NeighbourhoodResponse(string Center, int Depth, IReadOnlyList<NeighbourhoodNodeDto> Nodes, IReadOnlyList<RelationDto> Edges, bool Truncated, string? TruncationReason);

/// <summary>One step of a path: the relation used and the direction it was traversed in.</summary>
/// <param name="Relation">The relation's id.</param>
/// <param name="From">The entity the step leaves.</param>
/// <param name="To">The entity the step reaches.</param>
/// <param name="AlongDirection">False when the relation was followed from its target to its source.</param>
/// <param name="Explanation">The step as a clause with date and evidence.</param>
public sealed record PathStepDto(string Relation, string From, string To, bool AlongDirection, string Explanation);

/// <summary>A path: the entities passed and the relations used.</summary>
/// <param name="Length">The number of relations.</param>
/// <param name="Nodes">The entities in order, from the start to the end.</param>
/// <param name="Edges">The relations in order.</param>
/// <param name="Steps">Each step with its direction and explanation.</param>
/// <param name="Explanation">The whole path in plain language.</param>
public sealed record PathDto(int Length, IReadOnlyList<NeighbourhoodNodeDto> Nodes, IReadOnlyList<RelationDto> Edges, IReadOnlyList<PathStepDto> Steps, string Explanation);

/// <summary>The paths found between two entities.</summary>
/// <param name="From">The start entity's id.</param>
/// <param name="To">The end entity's id.</param>
/// <param name="Paths">The paths, shortest first (empty when there is none).</param>
/// <param name="Truncated">True when a cap cut the result.</param>
/// <param name="TruncationReason">Which cap, when truncated.</param>
public sealed record PathsResponse(string From, string To, IReadOnlyList<PathDto> Paths, bool Truncated, string? TruncationReason);

/// <summary>A relation type of the vocabulary.</summary>
/// <param name="Name">The type's name.</param>
/// <param name="Label">The clause read from the source.</param>
/// <param name="InverseLabel">The clause read from the target.</param>
/// <param name="Description">What the type means.</param>
/// <param name="SourceKinds">Kinds allowed as source.</param>
/// <param name="TargetKinds">Kinds allowed as target.</param>
/// <param name="Symmetric">Whether it reads the same both ways.</param>
/// <param name="Polarity">cooperative, conflictual or neutral.</param>
/// <param name="Plover">The PLOVER event type and mode, if one fits.</param>
/// <param name="Cameo">The CAMEO code, if known.</param>
/// <param name="Relations">How many relations of this type the graph holds.</param>
public sealed record RelationTypeDto(string Name, string Label, string InverseLabel, string Description, IReadOnlyList<string> SourceKinds, IReadOnlyList<string> TargetKinds, bool Symmetric, string Polarity, PloverDto? Plover, string? Cameo, int Relations);

/// <summary>A PLOVER event type and mode.</summary>
/// <param name="Type">The event type, e.g. CONSULT.</param>
/// <param name="Mode">The mode, e.g. phone.</param>
public sealed record PloverDto(string Type, string? Mode);

/// <summary>An entity kind of the vocabulary.</summary>
/// <param name="Name">The kind's name.</param>
/// <param name="Description">What entities of the kind are.</param>
/// <param name="Entities">How many entities of this kind the graph holds.</param>
public sealed record EntityKindDto(string Name, string Description, int Entities);

/// <summary>An entity's rank by a centrality measure.</summary>
/// <param name="Rank">1 for the most central.</param>
/// <param name="Id">The entity's id.</param>
/// <param name="Name">The entity's name.</param>
/// <param name="Kind">The entity's kind.</param>
/// <param name="Score">The measure's value.</param>
public sealed record ActorScoreDto(int Rank, string Id, string Name, string Kind, double Score);

/// <summary>Entities ranked by a centrality measure.</summary>
/// <param name="Measure">degree or betweenness.</param>
/// <param name="Items">The ranked entities.</param>
public sealed record RankingResponse(string Measure, IReadOnlyList<ActorScoreDto> Items);
