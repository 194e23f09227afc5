using System.Collections.Immutable;

namespace KnowledgeGraph.Queries;

/// <summary>
/// Thrown when a query option is out of range or names something the graph does not have (an unknown
/// relation type, entity kind or excluded entity).
/// </summary>
public sealed class QueryArgumentException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="parameter">The option's name in camelCase, e.g. <c>relationTypes</c> or <c>k</c>.</param>
    /// <param name="message">A sentence that names the bad value.</param>
    /// <param name="allowedValues">The values the option accepts, when they form a list; may be empty.</param>
    internal QueryArgumentException(string parameter, string message, IEnumerable<string>? allowedValues = null)
        : base(message)
    {
        Parameter = parameter;
        AllowedValues = allowedValues?.ToImmutableArray() ?? [];
    }

    /// <summary>
    /// Gets the option's name in camelCase: <c>direction</c>, <c>typeDirections</c>, <c>relationTypes</c>,
    /// <c>excludeRelationTypes</c>, <c>kinds</c>, <c>excludeKinds</c>, <c>excludeEntities</c>, <c>asOf</c>,
    /// <c>since</c>, <c>until</c>, <c>k</c>, <c>maxLength</c>, <c>maxPaths</c>, <c>maxVisited</c>, <c>weighting</c>,
    /// <c>depth</c>, <c>maxNodes</c>, <c>limit</c>, <c>types</c>, <c>certainties</c> or <c>measure</c>.
    /// </summary>
    public string Parameter { get; }

    /// <summary>Gets the values the option accepts (type names, kind names, ...); empty when not a list.</summary>
    public ImmutableArray<string> AllowedValues { get; }

    /// <inheritdoc/>
    public override string? ParamName => Parameter;
}
