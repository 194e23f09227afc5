using KnowledgeGraph.Model;

namespace KnowledgeGraph.Queries;

/// <summary>How a search text matched an entity, best first.</summary>
public enum MatchKind
{
    /// <summary>The text is the entity's id.</summary>
    Id = 0,

    /// <summary>The normalised text equals a normalised name, alias, demonym or metonym.</summary>
    Exact = 1,

    /// <summary>A normalised surface form starts with the normalised text.</summary>
    Prefix = 2,

    /// <summary>A normalised surface form contains the normalised text.</summary>
    Contains = 3,

    /// <summary>A surface form is close to the text: a typo or another transliteration.</summary>
    Fuzzy = 4,
}

/// <summary>An entity found by <see cref="Graph.SearchEntities"/> and how well it matched.</summary>
/// <param name="Entity">The entity.</param>
/// <param name="Score">How good the match is, from 0 (poor) to 1 (exact).</param>
/// <param name="MatchedText">The surface form (or id) that matched, as written in the data.</param>
/// <param name="MatchKind">How the text matched.</param>
public sealed record EntityMatch(Entity Entity, double Score, string MatchedText, MatchKind MatchKind);
