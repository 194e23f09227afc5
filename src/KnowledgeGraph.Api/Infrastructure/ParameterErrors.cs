using System.Globalization;
using KnowledgeGraph.Model;
using KnowledgeGraph.Queries;

namespace KnowledgeGraph.Api.Infrastructure;

/// <summary>
/// Collects problems with request parameters for one ValidationProblem, as the library's <see cref="QueryProblem"/>s:
/// the API's own checks (parsing text, required parameters, configured caps) and the library's, keyed by the API's names.
/// </summary>
public sealed class ParameterErrors
{
    private readonly List<QueryProblem> problems = [];

    /// <summary>Gets whether any problem was recorded.</summary>
    public bool Any => problems.Count > 0;

    /// <summary>Records a problem with a parameter.</summary>
    /// <param name="parameter">The parameter's name as it appears in the query string.</param>
    /// <param name="message">What is wrong and what is allowed.</param>
    public void Add(string parameter, string message) => problems.Add(new QueryProblem(parameter, null, message));

    /// <summary>Records the library's problems under the API's parameter names.</summary>
    /// <param name="libraryProblems">The problems of a <see cref="QueryArgumentException"/>.</param>
    /// <param name="names">The API's name of each library option spelled differently; others keep their name.</param>
    public void AddRange(IEnumerable<QueryProblem> libraryProblems, IReadOnlyDictionary<string, string>? names = null) =>
        problems.AddRange(libraryProblems.Select(p => names is not null && names.TryGetValue(p.Parameter, out var name) ? p with { Parameter = name } : p));

    /// <summary>Gets the problems in the shape of <c>ValidationProblem</c>.</summary>
    /// <returns>The messages keyed by parameter, in the order recorded.</returns>
    public Dictionary<string, string[]> ToDictionary() =>
        problems.GroupBy(p => p.Parameter, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray(), StringComparer.Ordinal);

    /// <summary>Checks an optional whole number against its range.</summary>
    /// <param name="parameter">The parameter's name.</param>
    /// <param name="value">The value, or null when absent.</param>
    /// <param name="defaultValue">The value used when absent.</param>
    /// <param name="min">The smallest allowed value.</param>
    /// <param name="max">The largest allowed value.</param>
    /// <returns>The value to use.</returns>
    public int Range(string parameter, int? value, int defaultValue, int min, int max)
    {
        if (value is not { } v)
        {
            return defaultValue;
        }

        if (v < min || v > max)
        {
            Add(parameter, string.Create(CultureInfo.InvariantCulture, $"{parameter} is {v}; it must be between {min} and {max}."));
            return defaultValue;
        }

        return v;
    }

    /// <summary>Parses a date parameter: <c>yyyy-MM-dd</c>, or <c>yyyy-MM</c> / <c>yyyy</c> meaning its first or last day.</summary>
    /// <param name="parameter">The parameter's name.</param>
    /// <param name="text">The value, or null when absent.</param>
    /// <param name="latest">Whether a month or year stands for its last day (for upper bounds) rather than its first.</param>
    /// <returns>The day, or null when absent or invalid.</returns>
    public DateOnly? Date(string parameter, string? text, bool latest)
    {
        if (text is null)
        {
            return null;
        }

        if (PartialDate.TryParse(text.Trim(), out var date, out var error))
        {
            return latest ? date.Latest : date.Earliest;
        }

        Add(parameter, $"{parameter}: {error}");
        return null;
    }

    /// <summary>Splits list parameters given as repeated keys and/or comma-separated values.</summary>
    /// <param name="values">The raw values.</param>
    /// <returns>The trimmed, non-empty items.</returns>
    public static string[] List(string[]? values) =>
        values is null ? [] : [.. values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct(StringComparer.Ordinal)];

    /// <summary>Parses one value of a closed set, case-insensitively.</summary>
    /// <param name="parameter">The parameter's name.</param>
    /// <param name="text">The value, or null when absent.</param>
    /// <param name="allowed">The allowed values and what each maps to.</param>
    /// <param name="defaultValue">The value used when absent.</param>
    /// <typeparam name="T">The parsed type.</typeparam>
    /// <returns>The parsed value.</returns>
    public T OneOf<T>(string parameter, string? text, IReadOnlyDictionary<string, T> allowed, T defaultValue)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return defaultValue;
        }

        var match = allowed.FirstOrDefault(a => string.Equals(a.Key, text.Trim(), StringComparison.OrdinalIgnoreCase));
        if (match.Key is null)
        {
            Add(parameter, $"{parameter} '{Shorten(text)}' is not allowed; use one of: {string.Join(", ", allowed.Keys)}.");
            return defaultValue;
        }

        return match.Value;
    }

    /// <summary>Checks that every value names a known item.</summary>
    /// <param name="parameter">The parameter's name.</param>
    /// <param name="values">The values given.</param>
    /// <param name="known">The known items.</param>
    /// <param name="what">What the items are, for the message.</param>
    public void Known(string parameter, IEnumerable<string> values, IReadOnlyCollection<string> known, string what)
    {
        var unknown = values.Where(v => !known.Contains(v)).ToList();
        if (unknown.Count > 0)
        {
            Add(parameter, $"{parameter}: {string.Join(", ", unknown.Select(u => $"'{Shorten(u)}'"))} {(unknown.Count == 1 ? $"is not {Article(what)}" : "are not")} {what}; allowed: {string.Join(", ", known)}.");
        }
    }

    private static string Article(string noun) => noun.Length > 0 && "aeiou".Contains(char.ToLowerInvariant(noun[0]), StringComparison.Ordinal) ? "an" : "a";

    /// <summary>Shortens a value for echoing in a message (hostile inputs can be long).</summary>
    /// <param name="value">The raw value.</param>
    /// <returns>At most 80 characters, control characters replaced.</returns>
    public static string Shorten(string value)
    {
        var clean = new string([.. value.Take(80).Select(c => char.IsControl(c) ? '?' : c)]);
        return value.Length > 80 ? clean + "..." : clean;
    }
}
