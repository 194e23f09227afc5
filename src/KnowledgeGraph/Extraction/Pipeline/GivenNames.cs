using System.Collections.Frozen;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// The built-in list of given names (<c>Extraction/Data/given-names.txt</c>, generated from the MIT-licensed first names of
/// @faker-js/faker by <c>tools/extraction-data/given-names.mjs</c>): one signal of a person's name shape, never a list of people.
/// Names are compared by their transliteration skeleton, so "Dmitriy" and "Dmitry" are one name.
/// </summary>
internal static class GivenNames
{
    private static readonly Lazy<FrozenSet<string>> Skeletons = new(Load);

    /// <summary>Gets whether a folded word is a given name of the list.</summary>
    public static bool Contains(string folded) => folded.Length >= 3 && Skeletons.Value.Contains(TextFold.Skeleton(folded));

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(GivenNames).Assembly.GetManifestResourceStream("KnowledgeGraph.Extraction.Data.given-names.txt")
            ?? throw new InvalidOperationException("The embedded given-names.txt is missing (a packaging error).");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                set.Add(TextFold.Skeleton(TextFold.Fold(line.Trim())));
            }
        }

        return set.ToFrozenSet(StringComparer.Ordinal);
    }
}
