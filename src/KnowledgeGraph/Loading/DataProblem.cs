using System.Collections.Immutable;
using System.Text;

namespace KnowledgeGraph.Loading;

/// <summary>One problem found while loading graph data: where it is and what is wrong.</summary>
/// <param name="File">The data file, relative to the data folder (e.g. <c>relations/armenia.json</c>).</param>
/// <param name="Line">The 1-based line, or <see langword="null"/> when the problem concerns the whole file.</param>
/// <param name="Column">The 1-based column, or <see langword="null"/>.</param>
/// <param name="JsonPath">The JSON path of the bad value (e.g. <c>$.relations[3].target</c>), or <see langword="null"/>.</param>
/// <param name="Message">A sentence naming the bad value and what was expected.</param>
public sealed record DataProblem(string File, int? Line, int? Column, string? JsonPath, string Message)
{
    /// <summary>Formats the problem as <c>file:line:column: $.path: message</c>.</summary>
    /// <returns>The problem on one line.</returns>
    public override string ToString()
    {
        var sb = new StringBuilder(File);
        if (Line is { } line)
        {
            sb.Append(':').Append(line);
            if (Column is { } column)
            {
                sb.Append(':').Append(column);
            }
        }

        sb.Append(": ");
        if (!string.IsNullOrEmpty(JsonPath))
        {
            sb.Append(JsonPath).Append(": ");
        }

        return sb.Append(Message).ToString();
    }
}

/// <summary>
/// Thrown when graph data cannot be loaded. Lists every problem found in the load; nothing of the load is
/// kept (loading is all or nothing).
/// </summary>
public sealed class GraphDataException : Exception
{
    /// <summary>Creates the exception for the given problems.</summary>
    /// <param name="problems">The problems, at least one.</param>
    internal GraphDataException(IEnumerable<DataProblem> problems)
        : this(problems.ToImmutableArray())
    {
    }

    private GraphDataException(ImmutableArray<DataProblem> problems)
        : base(FormatMessage(problems))
    {
        Problems = problems;
    }

    /// <summary>Gets every problem found, in file order.</summary>
    public ImmutableArray<DataProblem> Problems { get; }

    private static string FormatMessage(ImmutableArray<DataProblem> problems)
    {
        var sb = new StringBuilder();
        sb.Append("The graph data has ").Append(problems.Length).Append(problems.Length == 1 ? " problem:" : " problems:");
        foreach (var p in problems.Take(50))
        {
            sb.AppendLine().Append("  ").Append(p);
        }

        if (problems.Length > 50)
        {
            sb.AppendLine().Append("  ... and ").Append(problems.Length - 50).Append(" more.");
        }

        return sb.ToString();
    }
}
