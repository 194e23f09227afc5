using System.Collections.Immutable;
using System.Text;

namespace KnowledgeGraph.Queries;

/// <summary>One problem with a query's options: which option, the value given and what is wrong.</summary>
/// <param name="Parameter">
/// The option's name in camelCase: <c>direction</c>, <c>typeDirections</c>, <c>relationTypes</c>,
/// <c>excludeRelationTypes</c>, <c>kinds</c>, <c>excludeKinds</c>, <c>excludeEntities</c>, <c>since</c>,
/// <c>until</c>, <c>mode</c>, <c>k</c>, <c>maxLength</c>, <c>maxPaths</c>, <c>maxVisited</c>, <c>weighting</c>,
/// <c>depth</c>, <c>maxNodes</c>, <c>limit</c>, <c>entity</c>, <c>otherEntity</c>, <c>source</c>, <c>target</c>,
/// <c>types</c>, <c>certainties</c> or <c>measure</c>.
/// </param>
/// <param name="Value">The bad value as text (shortened when long), or <see langword="null"/> when the problem is a combination.</param>
/// <param name="Message">A sentence that names the option and the bad value and says what is allowed.</param>
public sealed record QueryProblem(string Parameter, string? Value, string Message)
{
    /// <summary>Gets the values the option accepts (type names, kind names, close entity ids, ...); empty when not a list.</summary>
    public ImmutableArray<string> AllowedValues { get; init; } = [];
}

/// <summary>
/// Thrown when query options are out of range, contradict each other or name something the graph does not have
/// (an unknown relation type, entity kind or entity). Lists every problem of the query, not only the first.
/// </summary>
public sealed class QueryArgumentException : ArgumentException
{
    /// <summary>Creates the exception for the given problems.</summary>
    /// <param name="problems">The problems, at least one, in the order the options were checked.</param>
    internal QueryArgumentException(IEnumerable<QueryProblem> problems)
        : this(problems.ToImmutableArray())
    {
    }

    private QueryArgumentException(ImmutableArray<QueryProblem> problems)
        : base(FormatMessage(problems))
    {
        Problems = problems;
    }

    /// <summary>Gets every problem found, in the order the options were checked.</summary>
    public ImmutableArray<QueryProblem> Problems { get; }

    /// <summary>Gets the name of the first problem's option (see <see cref="QueryProblem.Parameter"/>).</summary>
    public string Parameter => Problems[0].Parameter;

    /// <summary>Gets the values the first problem's option accepts; empty when not a list.</summary>
    public ImmutableArray<string> AllowedValues => Problems[0].AllowedValues;

    /// <inheritdoc/>
    public override string? ParamName => Parameter;

    private static string FormatMessage(ImmutableArray<QueryProblem> problems)
    {
        if (problems.IsEmpty)
        {
            throw new ArgumentException("A query argument exception needs at least one problem.", nameof(problems));
        }

        if (problems.Length == 1)
        {
            return problems[0].Message;
        }

        var sb = new StringBuilder().Append("The query has ").Append(problems.Length).Append(" problems:");
        foreach (var problem in problems)
        {
            sb.AppendLine().Append("  ").Append(problem.Message);
        }

        return sb.ToString();
    }
}

/// <summary>Collects the problems of one query, so that every one is reported at once.</summary>
internal sealed class QueryProblems
{
    private readonly List<QueryProblem> problems = [];

    /// <summary>Gets whether a problem was recorded.</summary>
    public bool Any => problems.Count > 0;

    /// <summary>Records a problem.</summary>
    public void Add(string parameter, string? value, string message, IEnumerable<string>? allowedValues = null) =>
        problems.Add(new QueryProblem(parameter, value is null ? null : Text.Suggestions.Shorten(value), message)
        {
            AllowedValues = allowedValues?.ToImmutableArray() ?? [],
        });

    /// <summary>Throws a <see cref="QueryArgumentException"/> listing the problems, if any was recorded.</summary>
    public void ThrowIfAny()
    {
        if (problems.Count > 0)
        {
            throw new QueryArgumentException(problems);
        }
    }
}
