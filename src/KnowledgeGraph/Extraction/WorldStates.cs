using System.Collections.Immutable;

namespace KnowledgeGraph.Extraction;

/// <summary>A state of the built-in list, with its ISO 3166-1 codes and the names texts use for it.</summary>
/// <param name="Alpha2">The ISO 3166-1 alpha-2 code.</param>
/// <param name="Alpha3">The ISO 3166-1 alpha-3 code.</param>
/// <param name="Numeric">The ISO 3166-1 numeric code.</param>
/// <param name="Name">The common short name.</param>
/// <param name="OtherNames">Other names: official names, former names, abbreviations.</param>
/// <param name="Demonyms">Adjectives for the state.</param>
/// <param name="Capitals">The capital(s), used as metonyms for the government.</param>
public sealed record WorldState(
    string Alpha2,
    string Alpha3,
    string Numeric,
    string Name,
    ImmutableArray<string> OtherNames,
    ImmutableArray<string> Demonyms,
    ImmutableArray<string> Capitals);

/// <summary>
/// The world's states (UN members, observer states and Taiwan) with ISO 3166-1 codes, embedded in the library
/// as a tab-separated data file so that any article's states can be recognized and identified.
/// </summary>
public static class WorldStates
{
    private static readonly Lazy<ImmutableArray<WorldState>> DefaultList = new(() =>
    {
        using var stream = TabSeparatedData.Open("world-states.tsv");
        return FromStream(stream);
    });

    /// <summary>Gets the built-in list.</summary>
    public static ImmutableArray<WorldState> Default => DefaultList.Value;

    /// <summary>Reads a list in the format of the embedded file: tab-separated columns, lists separated by ';', '#' comments.</summary>
    /// <param name="stream">The UTF-8 text; it is left open.</param>
    /// <returns>The states.</returns>
    /// <exception cref="FormatException">A line does not have seven columns or its codes are malformed.</exception>
    public static ImmutableArray<WorldState> FromStream(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var states = ImmutableArray.CreateBuilder<WorldState>();
        foreach (var (lineNumber, line, cols) in TabSeparatedData.Rows(stream))
        {
            if (cols.Length != 7 || cols[0].Length != 2 || cols[1].Length != 3 || !cols[0].All(char.IsAsciiLetterUpper) || !cols[1].All(char.IsAsciiLetterUpper))
            {
                throw new FormatException($"Line {lineNumber} of the states list must hold 7 tab-separated columns starting with an alpha-2 and an alpha-3 code: \"{line}\".");
            }

            states.Add(new WorldState(cols[0], cols[1], cols[2], cols[3], [.. TabSeparatedData.List(cols[4])], [.. TabSeparatedData.List(cols[5])], [.. TabSeparatedData.List(cols[6])]));
        }

        return states.ToImmutable();
    }
}
