using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// Maps a lexicon concept to a relation type of the graph's vocabulary: first a type the concept names, then
/// one with the same PLOVER type (and mode), then one whose name or label shares the concept's keywords; always
/// one that allows the kinds of the two ends. The vocabulary is data, so a missing type degrades to "no
/// candidate" with a notice, never to an error.
/// </summary>
internal sealed class TypeResolver(Graph graph)
{
    /// <summary>Resolves the concept for the given end kinds.</summary>
    /// <param name="types">Type names the concept prefers, in order.</param>
    /// <param name="plover">The concept's PLOVER type, or <see langword="null"/> for structural concepts.</param>
    /// <param name="mode">The concept's PLOVER mode, or <see langword="null"/>.</param>
    /// <param name="keywords">Words the type's name or label should share.</param>
    /// <param name="sourceKind">The kind of the acting end.</param>
    /// <param name="targetKind">The kind of the other end.</param>
    /// <param name="swap">Set when the type fits only with the ends swapped (allowed for symmetric types).</param>
    /// <returns>The type, or <see langword="null"/> when the vocabulary has none that fits.</returns>
    public RelationType? Resolve(IEnumerable<string> types, string? plover, string? mode, IReadOnlyCollection<string> keywords, string sourceKind, string targetKind, out bool swap)
    {
        swap = false;
        var named = types as ICollection<string> ?? [.. types];
        foreach (var name in named)
        {
            if (graph.FindRelationType(name) is { } t && Fit(t, sourceKind, targetKind, out swap))
            {
                return t;
            }
        }

        // A named type that exists but does not allow these kinds means the concept does not relate them: guessing another
        // type of the same PLOVER category by the ends' kinds would turn a suspension of a state into a sanction, a
        // withdrawal of an official into a lifted restriction. The guess is only for vocabularies without the named types.
        if (named.Any(n => graph.FindRelationType(n) is not null))
        {
            return null;
        }

        var ranked = graph.RelationTypes
            .Select(t => (Type: t, Score: Score(t, plover, mode, keywords)))
            .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.Type.Name, StringComparer.Ordinal);
        foreach (var (t, _) in ranked)
        {
            if (Fit(t, sourceKind, targetKind, out swap))
            {
                return t;
            }
        }

        return null;
    }

    /// <summary>Gets whether the type allows the kinds, possibly swapped when it is symmetric.</summary>
    public static bool Fit(RelationType t, string sourceKind, string targetKind, out bool swap)
    {
        swap = false;
        if (t.SourceKinds.Contains(sourceKind) && t.TargetKinds.Contains(targetKind))
        {
            return true;
        }

        swap = t.Symmetric && t.SourceKinds.Contains(targetKind) && t.TargetKinds.Contains(sourceKind);
        return swap;
    }

    private static int Score(RelationType t, string? plover, string? mode, IReadOnlyCollection<string> keywords)
    {
        var text = (t.Name + " " + t.Label).ToLowerInvariant();
        var keywordHits = keywords.Count(k => text.Contains(k, StringComparison.Ordinal));
        if (plover is not null)
        {
            if (t.Plover?.Type != plover)
            {
                return 0;
            }

            var modeScore = mode is null ? (t.Plover.Mode is null ? 2 : 1) : t.Plover.Mode == mode ? 4 : t.Plover.Mode is null ? 2 : 0;
            return modeScore == 0 && keywordHits == 0 ? 0 : 1 + modeScore + (2 * keywordHits);
        }

        return keywordHits == 0 ? 0 : keywordHits;
    }
}
