using System.Collections.Immutable;

namespace KnowledgeGraph.Extraction;

/// <summary>A well-known body, news outlet or place of the built-in list.</summary>
/// <param name="Kind">The entity kind: "Organization", "Outlet" or "Place".</param>
/// <param name="Name">The usual name.</param>
/// <param name="OtherNames">Other names and acronyms.</param>
internal sealed record KnownBody(string Kind, string Name, ImmutableArray<string> OtherNames);

/// <summary>
/// Bodies and outlets that articles name without introducing them ("the IMF", "Interfax reported", "Georgian
/// Dream"), embedded as a tab-separated data file beside the list of states, so that a new article's international
/// organizations, parties, companies and news agencies are recognized by name and not guessed from capitals; with a few
/// places articles name bare ("Abkhazia", "the Caspian Sea"), which no place noun or preposition introduces.
/// </summary>
internal static class KnownBodies
{
    private static readonly Lazy<ImmutableArray<KnownBody>> DefaultList = new(() =>
    {
        using var stream = TabSeparatedData.Open("known-bodies.tsv");
        return FromStream(stream);
    });

    /// <summary>Gets the built-in list.</summary>
    public static ImmutableArray<KnownBody> Default => DefaultList.Value;

    /// <summary>Reads a list in the format of the embedded file: kind, name and other names (';') separated by tabs, '#' comments.</summary>
    /// <exception cref="FormatException">A line has fewer than two or more than three columns, or an unknown kind.</exception>
    public static ImmutableArray<KnownBody> FromStream(Stream stream)
    {
        var bodies = ImmutableArray.CreateBuilder<KnownBody>();
        foreach (var (lineNumber, line, cols) in TabSeparatedData.Rows(stream))
        {
            if (cols.Length is < 2 or > 3 || cols[0] is not ("Organization" or "Outlet" or "Place") || cols[1].Trim().Length == 0)
            {
                throw new FormatException($"Line {lineNumber} of the bodies list must hold a kind (Organization, Outlet or Place), a name and optionally other names, tab-separated: \"{line}\".");
            }

            bodies.Add(new KnownBody(cols[0], cols[1].Trim(), cols.Length == 3 ? [.. TabSeparatedData.List(cols[2])] : []));
        }

        return bodies.ToImmutable();
    }
}
