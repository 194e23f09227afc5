using System.Collections.Immutable;
using System.Globalization;
using KnowledgeGraph.Model;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Resolution;

/// <summary>
/// Proposes pairs of entities that may name one entity: the same kind, names or aliases that fold to the same text,
/// the same transliteration skeleton (y=i, kh=h, doubled letters once; <see cref="SearchText.Skeleton"/>), one name
/// inside the other, or a small edit distance between skeletons; shared neighbours raise the score, and for
/// officials the same role and state raise it while different ones lower it. Pairs already merged or rejected are
/// never proposed. The result is deterministic: by score, then by ids.
/// </summary>
internal static class MergeProposer
{
    /// <summary>The entity kind whose role and state are compared.</summary>
    private const string OfficialKind = "Official";

    /// <summary>The name similarity below which a pair is not proposed at all: neighbours alone never propose a merge.</summary>
    private const double MinNameSimilarity = 0.6;

    public static ImmutableArray<MergeProposal> Propose(
        IReadOnlyList<Entity> entities, IEnumerable<Relation> relations, IEnumerable<EntityMerge> merges, IEnumerable<RejectedMerge> rejected, double minScore)
    {
        var canonicalOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var merge in merges)
        {
            foreach (var id in merge.Referents)
            {
                canonicalOf[id] = merge.Canonical;
            }
        }

        string Canonical(string id) => canonicalOf.GetValueOrDefault(id, id);
        var rejectedPairs = new HashSet<(string, string)>();
        foreach (var r in rejected)
        {
            var ids = r.Ids.Select(Canonical).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            for (var i = 0; i < ids.Length; i++)
            {
                for (var j = i + 1; j < ids.Length; j++)
                {
                    rejectedPairs.Add((ids[i], ids[j]));
                }
            }
        }

        var byId = entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var neighbours = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var relation in relations)
        {
            var (source, target) = (Canonical(relation.Source), Canonical(relation.Target));
            if (source != target)
            {
                Neighbours(source).Add(target);
                Neighbours(target).Add(source);
            }
        }

        SortedSet<string> Neighbours(string id) =>
            neighbours.TryGetValue(id, out var set) ? set : neighbours[id] = new SortedSet<string>(StringComparer.Ordinal);

        var names = entities.ToDictionary(e => e.Id, Forms, StringComparer.Ordinal);
        var proposals = new List<MergeProposal>();
        foreach (var kind in entities.GroupBy(e => e.Kind, StringComparer.Ordinal))
        {
            // Blocking: only entities whose names share a word beginning (three letters of the skeleton) are compared.
            var blocks = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var entity in kind)
            {
                foreach (var key in names[entity.Id].SelectMany(f => f.Tokens).Select(t => t.Length > 3 ? t[..3] : t).Distinct(StringComparer.Ordinal))
                {
                    (blocks.TryGetValue(key, out var list) ? list : blocks[key] = []).Add(entity.Id);
                }
            }

            var pairs = new SortedSet<(string, string)>();
            foreach (var block in blocks.Values)
            {
                for (var i = 0; i < block.Count; i++)
                {
                    for (var j = i + 1; j < block.Count; j++)
                    {
                        var (a, b) = string.CompareOrdinal(block[i], block[j]) < 0 ? (block[i], block[j]) : (block[j], block[i]);
                        if (a != b && !rejectedPairs.Contains((a, b)))
                        {
                            pairs.Add((a, b));
                        }
                    }
                }
            }

            foreach (var (a, b) in pairs)
            {
                if (Score(byId[a], byId[b], names, neighbours, byId) is { } proposal && proposal.Score >= minScore)
                {
                    proposals.Add(proposal);
                }
            }
        }

        return [.. proposals.OrderByDescending(p => p.Score).ThenBy(p => p.First, StringComparer.Ordinal).ThenBy(p => p.Second, StringComparer.Ordinal)];
    }

    private sealed record Form(string Text, string Folded, string Skeleton, string[] Tokens);

    private static Form[] Forms(Entity e) =>
    [
        .. e.Aliases.Prepend(e.Name).Select(text => (text, folded: SearchText.Normalize(text)))
            .Where(f => f.folded.Length > 0)
            .DistinctBy(f => f.folded, StringComparer.Ordinal)
            .Select(f =>
            {
                var tokens = f.folded.Split(' ').Select(SearchText.Skeleton).Where(t => t.Length > 0).ToArray();
                return new Form(f.text, f.folded, string.Join(' ', tokens), tokens);
            }),
    ];

    private static MergeProposal? Score(Entity a, Entity b, Dictionary<string, Form[]> names, Dictionary<string, SortedSet<string>> neighbours, Dictionary<string, Entity> byId)
    {
        var (similarity, nameReason) = NameSimilarity(names[a.Id], names[b.Id]);
        if (similarity < MinNameSimilarity)
        {
            return null;
        }

        var reasons = new List<string> { nameReason };
        var score = similarity;
        var na = neighbours.GetValueOrDefault(a.Id) ?? [];
        var nb = neighbours.GetValueOrDefault(b.Id) ?? [];
        var shared = na.Intersect(nb, StringComparer.Ordinal).Where(id => id != a.Id && id != b.Id).ToArray();
        if (shared.Length > 0)
        {
            var union = na.Union(nb, StringComparer.Ordinal).Count(id => id != a.Id && id != b.Id);
            var jaccard = (double)shared.Length / union;
            score += 0.15 * jaccard;
            reasons.Add(string.Create(CultureInfo.InvariantCulture,
                $"{shared.Length} shared neighbour{(shared.Length == 1 ? "" : "s")} of {union} ({string.Join(", ", shared.Take(5))}{(shared.Length > 5 ? ", ..." : "")})."));
        }

        if (a.Kind == OfficialKind)
        {
            if (a.Role is { } ra && b.Role is { } rb)
            {
                if (SearchText.Normalize(ra) == SearchText.Normalize(rb))
                {
                    score += 0.1;
                    reasons.Add($"The same role: \"{ra}\".");
                }
                else
                {
                    score -= 0.2;
                    reasons.Add($"Different roles: \"{ra}\" and \"{rb}\".");
                }
            }

            string[] States(SortedSet<string> set) => [.. set.Where(id => byId.TryGetValue(id, out var e) && e.Kind == "State")];
            var (sa, sb) = (States(na), States(nb));
            if (sa.Length > 0 && sb.Length > 0)
            {
                var common = sa.Intersect(sb, StringComparer.Ordinal).ToArray();
                if (common.Length > 0)
                {
                    score += 0.05;
                    reasons.Add($"The same state: {string.Join(", ", common)}.");
                }
                else
                {
                    score -= 0.2;
                    reasons.Add($"Different states: {string.Join(", ", sa)} and {string.Join(", ", sb)}.");
                }
            }
        }

        return new MergeProposal
        {
            First = a.Id,
            Second = b.Id,
            Kind = a.Kind,
            Score = Math.Round(Math.Clamp(score, 0, 1), 3),
            Reasons = [.. reasons],
        };
    }

    /// <summary>The best similarity over every pair of names and aliases, with the reason in words.</summary>
    private static (double Similarity, string Reason) NameSimilarity(Form[] a, Form[] b)
    {
        var best = (Similarity: 0.0, Reason: string.Empty);
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                var candidate = Compare(x, y);
                if (candidate.Similarity > best.Similarity)
                {
                    best = candidate;
                }
            }
        }

        return best;
    }

    private static (double Similarity, string Reason) Compare(Form x, Form y)
    {
        if (x.Folded == y.Folded)
        {
            return (1.0, $"The same name: \"{x.Text}\" and \"{y.Text}\".");
        }

        if (x.Skeleton == y.Skeleton)
        {
            return (0.9, $"The same transliteration skeleton \"{x.Skeleton}\": \"{x.Text}\" and \"{y.Text}\".");
        }

        var (shorter, longer) = x.Tokens.Length <= y.Tokens.Length ? (x, y) : (y, x);
        if (shorter.Tokens.Length < longer.Tokens.Length && shorter.Tokens.Any(t => t.Length >= 4) && shorter.Tokens.All(t => longer.Tokens.Contains(t, StringComparer.Ordinal)))
        {
            return (0.7, $"\"{shorter.Text}\" is part of \"{longer.Text}\".");
        }

        var distance = TextDistance.Levenshtein(x.Skeleton, y.Skeleton);
        var ratio = 1 - ((double)distance / Math.Max(x.Skeleton.Length, y.Skeleton.Length));
        return ratio >= 0.8 && distance <= 3
            ? (Math.Round(0.85 * ratio, 3), string.Create(CultureInfo.InvariantCulture, $"Similar names: \"{x.Text}\" and \"{y.Text}\" ({distance} edit{(distance == 1 ? "" : "s")} apart after transliteration)."))
            : (0, string.Empty);
    }
}
