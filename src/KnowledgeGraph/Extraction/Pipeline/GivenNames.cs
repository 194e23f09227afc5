using System.Collections.Frozen;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// The built-in list of given names (<c>Extraction/Data/given-names.txt</c>, generated from the MIT-licensed first names of
/// @faker-js/faker by <c>tools/extraction-data/given-names.mjs</c>, and a hand-written supplement of the region's names it
/// lacks, <c>given-names-supplement.txt</c>): one signal of a person's name shape, never a list of people.
/// Names are compared by their transliteration skeleton, so "Dmitriy" and "Dmitry" are one name.
/// </summary>
internal static class GivenNames
{
    private static readonly Lazy<FrozenSet<string>> Skeletons = new(Load);

    /// <summary>Gets whether a folded word is a given name of the list.</summary>
    public static bool Contains(string folded) => folded.Length >= 3 && Skeletons.Value.Contains(TextFold.Skeleton(folded));

    private static FrozenSet<string> Load()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);

        // The generated list, then the hand-written supplement of the region's names it lacks (given-names-supplement.txt).
        foreach (var file in new[] { "given-names.txt", "given-names-supplement.txt" })
        {
            using var stream = typeof(GivenNames).Assembly.GetManifestResourceStream("KnowledgeGraph.Extraction.Data." + file)
                ?? throw new InvalidOperationException($"The embedded {file} is missing (a packaging error).");
            using var reader = new StreamReader(stream);
            while (reader.ReadLine() is { } line)
            {
                if (line.Length > 0 && line[0] != '#')
                {
                    set.Add(TextFold.Skeleton(TextFold.Fold(line.Trim())));
                }
            }
        }

        return set.ToFrozenSet(StringComparer.Ordinal);
    }
}
