using System.Collections.Immutable;

namespace KnowledgeGraph.Model;

/// <summary>The paragraphs of one document where an entity is named or referred to.</summary>
/// <param name="Document">The document's id.</param>
/// <param name="Paragraphs">The paragraph numbers (see <see cref="SourceDocument"/> for the convention).</param>
public sealed record Mention(string Document, ImmutableArray<int> Paragraphs);

/// <summary>
/// A node of the graph: a state, official, organization, agreement, weapon system, event, place,
/// outlet or other kind defined in the vocabulary.
/// </summary>
public sealed record Entity
{
    /// <summary>Gets the stable, readable id (a lowercase slug such as <c>nikol-pashinyan</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Gets the kind's name, one of the vocabulary's <see cref="EntityKind"/>s.</summary>
    public required string Kind { get; init; }

    /// <summary>Gets the canonical name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets other names the sources use: short forms, abbreviations, transliterations.</summary>
    public ImmutableArray<string> Aliases { get; init; } = [];

    /// <summary>Gets the adjective forms the sources use ("Armenian").</summary>
    public ImmutableArray<string> Demonyms { get; init; } = [];

    /// <summary>Gets the names of a capital or seat of power used for the government ("Yerevan").</summary>
    public ImmutableArray<string> Metonyms { get; init; } = [];

    /// <summary>Gets the office or role as the source states it, e.g. "Prime Minister of Armenia".</summary>
    public string? Role { get; init; }

    /// <summary>Gets external identifiers such as <c>iso3166Alpha2</c>, keyed by scheme.</summary>
    public ImmutableSortedDictionary<string, string> Identifiers { get; init; } = ImmutableSortedDictionary<string, string>.Empty;

    /// <summary>Gets a one-sentence description in the curator's words.</summary>
    public string? Description { get; init; }

    /// <summary>Gets where the documents name or refer to the entity.</summary>
    public ImmutableArray<Mention> Mentions { get; init; } = [];

    /// <summary>Gets why the entity has no relation, when it is deliberately isolated.</summary>
    public string? Isolated { get; init; }

    /// <summary>
    /// Gets the ids of the entities merged into this one by a decision of <c>resolution.json</c>; the graph resolves
    /// any of them to this entity.
    /// </summary>
    public ImmutableArray<string> Referents { get; init; } = [];

    /// <summary>Gets every surface form: the name, aliases, demonyms and metonyms.</summary>
    public IEnumerable<string> SurfaceForms => [Name, .. Aliases, .. Demonyms, .. Metonyms];
}

/// <summary>A decision that several entity ids name one entity: the canonical one keeps the others as referents.</summary>
public sealed record EntityMerge
{
    /// <summary>Gets the id of the entity that stays.</summary>
    public required string Canonical { get; init; }

    /// <summary>Gets the ids merged into it.</summary>
    public required ImmutableArray<string> Referents { get; init; }

    /// <summary>Gets who decided the merge.</summary>
    public string? DecidedBy { get; init; }

    /// <summary>Gets why, in the decider's words.</summary>
    public string? Note { get; init; }
}

/// <summary>A merge that was proposed and rejected: the ids name different entities and are never proposed again.</summary>
public sealed record RejectedMerge
{
    /// <summary>Gets the ids that stay apart.</summary>
    public required ImmutableArray<string> Ids { get; init; }

    /// <summary>Gets who decided.</summary>
    public string? DecidedBy { get; init; }

    /// <summary>Gets why, in the decider's words.</summary>
    public string? Note { get; init; }
}
