using System.Collections.Immutable;

namespace KnowledgeGraph.Queries;

/// <summary>Thrown when a query names an entity id that the graph does not have.</summary>
public sealed class EntityNotFoundException : Exception
{
    /// <summary>Creates the exception for an unknown id and the closest known ids.</summary>
    /// <param name="id">The unknown id.</param>
    /// <param name="suggestions">The closest ids, best first; may be empty.</param>
    internal EntityNotFoundException(string id, IEnumerable<string> suggestions)
        : this(id, suggestions.ToImmutableArray())
    {
    }

    private EntityNotFoundException(string id, ImmutableArray<string> suggestions)
        : base(FormatMessage(id, suggestions))
    {
        Id = id;
        Suggestions = suggestions;
    }

    /// <summary>Gets the unknown id.</summary>
    public string Id { get; }

    /// <summary>Gets the ids of the closest entities, best first; empty when none is close.</summary>
    public ImmutableArray<string> Suggestions { get; }

    // A long (hostile) id is shortened in the message: it is echoed over HTTP.
    private static string FormatMessage(string id, ImmutableArray<string> suggestions) =>
        $"No entity has the id '{Text.Suggestions.Shorten(id)}'{(suggestions.IsEmpty ? "." : Text.Suggestions.DidYouMean(suggestions))}";
}
