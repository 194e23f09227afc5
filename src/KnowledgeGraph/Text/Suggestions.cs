namespace KnowledgeGraph.Text;

/// <summary>
/// The one "did you mean" helper: finds the known values closest to an unknown one and writes the hint that
/// ends an error message. Used by the query engine, the loaders and (through the library's errors) the API.
/// </summary>
internal static class Suggestions
{
    /// <summary>Values longer than this get no suggestion: an edit distance costs length x length per candidate.</summary>
    public const int MaxValueLength = 100;

    /// <summary>
    /// Gets the candidates within an edit distance of <c>max(2, length / 3)</c> of the value, closest first;
    /// candidates at the same distance keep their order.
    /// </summary>
    /// <param name="value">The unknown value; <see langword="null"/> gets no suggestion.</param>
    /// <param name="candidates">The known values.</param>
    /// <param name="count">The most suggestions to return.</param>
    /// <returns>The suggestions; empty when none is close.</returns>
    public static IReadOnlyList<string> Closest(string? value, IEnumerable<string> candidates, int count = 3)
    {
        if (value is null || value.Length > MaxValueLength)
        {
            return [];
        }

        var threshold = Math.Max(2, value.Length / 3);
        return candidates
            .Select(c => (Candidate: c, Distance: TextDistance.Levenshtein(value, c)))
            .Where(x => x.Distance <= threshold)
            .OrderBy(x => x.Distance)
            .Take(count)
            .Select(x => x.Candidate)
            .ToList();
    }

    /// <summary>Writes the hint <c>; did you mean 'a', 'b'?</c>, or an empty string when there is no suggestion.</summary>
    /// <param name="suggestions">The suggestions, best first.</param>
    /// <param name="quote">The quote put around each suggestion.</param>
    /// <param name="separator">What goes between suggestions (<c>", "</c> or <c>" or "</c>).</param>
    /// <returns>The hint, to append to a message that names the unknown value.</returns>
    public static string DidYouMean(IEnumerable<string> suggestions, string quote = "'", string separator = ", ")
    {
        var quoted = suggestions.Select(s => quote + s + quote).ToList();
        return quoted.Count == 0 ? string.Empty : $"; did you mean {string.Join(separator, quoted)}?";
    }

    /// <summary>Shortens a value for echoing in a message (hostile inputs can be long): at most 80 characters, control characters replaced.</summary>
    /// <param name="value">The raw value.</param>
    /// <returns>The value to show.</returns>
    public static string Shorten(string value)
    {
        var clean = new string([.. value.Take(80).Select(c => char.IsControl(c) ? '?' : c)]);
        return value.Length > 80 ? clean + "..." : clean;
    }
}
