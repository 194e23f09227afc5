using System.Collections.Frozen;
using System.Collections.Immutable;

namespace KnowledgeGraph.Extraction;

/// <summary>A well-known office holder of the built-in list: the state the person serves.</summary>
/// <param name="Name">The usual name.</param>
/// <param name="StateAlpha2">The ISO 3166 alpha-2 code of the state.</param>
/// <param name="OtherNames">Other spellings.</param>
internal sealed record KnownPerson(string Name, string StateAlpha2, ImmutableArray<string> OtherNames);

/// <summary>
/// Office holders whom articles title without the state ("President Xi Jinping", "Foreign Minister Hakan Fidan"),
/// embedded as a tab-separated list beside the states and bodies. Only the state is read from it, and only for a
/// title the text gives: the office itself always comes from the text.
/// </summary>
internal static class KnownPersons
{
    private static readonly Lazy<ImmutableArray<KnownPerson>> DefaultList = new(() =>
    {
        using var stream = TabSeparatedData.Open("known-persons.tsv");
        return FromStream(stream);
    });

    private static readonly Lazy<FrozenDictionary<string, string>> DefaultStates = new(() => StatesByName(DefaultList.Value));

    /// <summary>Gets the built-in list.</summary>
    public static ImmutableArray<KnownPerson> Default => DefaultList.Value;

    private static readonly Lazy<FrozenDictionary<string, string>> DefaultSurnames = new(() => UniqueSurnames(DefaultList.Value));

    /// <summary>Surnames too common to stand for one listed person alone ("Miller", "Austin").</summary>
    private static readonly FrozenSet<string> AmbiguousSurnames = new[] { "miller", "bruce", "austin", "harris", "sullivan", "singh", "costa", "waltz", "li", "wang" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The usual name of the one listed person whose surname (any spelling, folded) this is, or null when none or several.</summary>
    public static string? NameBySurname(string surname) => DefaultSurnames.Value.GetValueOrDefault(Key(surname));

    /// <summary>The usual name of the listed person with this full name in any spelling (folded), or null.</summary>
    public static string? UsualName(string name) => DefaultNames.Value.GetValueOrDefault(Key(name));

    private static readonly Lazy<FrozenDictionary<string, string>> DefaultNames = new(() =>
        DefaultList.Value.SelectMany(p => p.OtherNames.Prepend(p.Name).Select(n => (Key: Key(n), p.Name))).DistinctBy(x => x.Key)
            .ToFrozenDictionary(x => x.Key, x => x.Name, StringComparer.Ordinal));

    /// <summary>The alpha-2 code of the state the listed person of this name (any spelling, folded) serves, or null.</summary>
    public static string? StateOf(string name) => DefaultStates.Value.GetValueOrDefault(Key(name));

    /// <summary>Reads a list in the format of the embedded file: name, alpha-2 state code and other spellings (';'), tab-separated.</summary>
    /// <exception cref="FormatException">A line has fewer than two or more than three columns, or a malformed state code.</exception>
    public static ImmutableArray<KnownPerson> FromStream(Stream stream)
    {
        var persons = ImmutableArray.CreateBuilder<KnownPerson>();
        foreach (var (lineNumber, line, cols) in TabSeparatedData.Rows(stream))
        {
            if (cols.Length is < 2 or > 3 || cols[0].Trim().Length == 0 || cols[1].Trim() is not { Length: 2 } code || !code.All(char.IsAsciiLetterUpper))
            {
                throw new FormatException($"Line {lineNumber} of the persons list must hold a name, a two-letter upper-case state code and optionally other spellings, tab-separated: \"{line}\".");
            }

            persons.Add(new KnownPerson(cols[0].Trim(), cols[1].Trim(), cols.Length == 3 ? [.. TabSeparatedData.List(cols[2])] : []));
        }

        return persons.ToImmutable();
    }

    private static FrozenDictionary<string, string> StatesByName(ImmutableArray<KnownPerson> persons)
    {
        var states = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in persons)
        {
            foreach (var name in p.OtherNames.Prepend(p.Name))
            {
                states[Key(name)] = p.StateAlpha2;
            }
        }

        return states.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenDictionary<string, string> UniqueSurnames(ImmutableArray<KnownPerson> persons)
    {
        // A one-word other spelling is the name the person goes by alone, however short ("Xi" for Xi Jinping, family name first).
        var bySurname = persons.SelectMany(p => p.OtherNames.Prepend(p.Name).Select(n => (Surname: Tokenizer.Keys(n).LastOrDefault(k => k.Length > 1) ?? string.Empty, p.Name, Alone: !n.Trim().Contains(' '))))
            .Where(x => (x.Surname.Length >= 4 || (x.Alone && x.Surname.Length >= 2)) && !AmbiguousSurnames.Contains(x.Surname) && x.Name.Split(' ').Length >= 2)
            .GroupBy(x => TextFold.Skeleton(x.Surname), StringComparer.Ordinal)
            .Where(g => g.Select(x => x.Name).Distinct(StringComparer.Ordinal).Count() == 1);
        return bySurname.ToFrozenDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
    }

    // Spelling variants share a key: "Kasym-Zhomart Tokaev" is "Kassym-Jomart Tokayev".
    private static string Key(string name) => string.Join(' ', Tokenizer.Keys(name).Where(k => k is not ("." or "-")).Select(TextFold.Skeleton));
}
