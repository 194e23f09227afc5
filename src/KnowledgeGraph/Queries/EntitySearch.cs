using KnowledgeGraph.Model;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Queries;

/// <summary>
/// Finds entities by id, name, alias, demonym or metonym; case-, accent- and punctuation-insensitive, with
/// ranked prefix, substring and fuzzy (typo and transliteration) matches.
/// </summary>
/// <remarks>
/// Scores fall in bands so that ranking by score ranks by kind: id and exact 1, prefix 0.75–0.95, contains
/// 0.5–0.75 (a whole word scores higher than inside a word), fuzzy up to 0.5 by similarity and by how much of the form the similar words cover. Within a band a
/// form covering more of the name scores higher; ties go to the canonical name, then data order.
/// </remarks>
internal sealed class EntitySearch
{
    private const double FuzzyCeiling = 0.5;
    private const double SkeletonSimilarity = 0.95;
    private readonly List<Form> forms = [];

    public EntitySearch(IReadOnlyList<Entity> entities)
    {
        for (var ordinal = 0; ordinal < entities.Count; ordinal++)
        {
            var entity = entities[ordinal];
            Add(ordinal, entity.Name, FormRole.Name);
            Add(ordinal, entity.Id, FormRole.Id);
            foreach (var alias in entity.Aliases)
            {
                Add(ordinal, alias, FormRole.Alias);
            }

            foreach (var demonym in entity.Demonyms)
            {
                Add(ordinal, demonym, FormRole.Other);
            }

            foreach (var metonym in entity.Metonyms)
            {
                Add(ordinal, metonym, FormRole.Other);
            }
        }
    }

    private enum FormRole
    {
        Name,
        Alias,
        Id,
        Other,
    }

    /// <summary>Finds the best match of each entity for a text, best first.</summary>
    /// <returns>(entity ordinal, score, matched text, kind), at most <paramref name="limit"/>.</returns>
    public List<(int Entity, double Score, string Text, MatchKind Kind)> Search(string text, int limit)
    {
        var query = SearchText.Normalize(text);
        if (query.Length == 0)
        {
            return [];
        }

        var trimmed = text.Trim();
        var querySkeleton = SearchText.Skeleton(query);
        var queryWords = query.Count(c => c == ' ') + 1;
        var best = new Dictionary<int, (double Score, FormRole Role, Form Form, MatchKind Kind)>();
        foreach (var form in forms)
        {
            var (score, kind) = form.Role == FormRole.Id && string.Equals(form.Original, trimmed, StringComparison.OrdinalIgnoreCase)
                ? (1.0, MatchKind.Id)
                : Score(form, query, querySkeleton, queryWords);
            if (kind is null)
            {
                continue;
            }

            if (!best.TryGetValue(form.Entity, out var current) || score > current.Score
                || (score == current.Score && (kind < current.Kind || (kind == current.Kind && form.Role < current.Role))))
            {
                best[form.Entity] = (score, form.Role, form, kind.Value);
            }
        }

        return best
            .OrderByDescending(b => b.Value.Score)
            .ThenBy(b => b.Value.Kind)
            .ThenBy(b => b.Value.Role)
            .ThenBy(b => b.Key)
            .Take(limit)
            .Select(b => (b.Key, Math.Round(b.Value.Score, 3), b.Value.Form.Original, b.Value.Kind))
            .ToList();
    }

    /// <summary>Gets the entities one of whose normalised forms equals the normalised text.</summary>
    public IEnumerable<int> ExactMatches(string text)
    {
        var query = SearchText.Normalize(text);
        return forms.Where(f => f.Normalized == query).Select(f => f.Entity).Distinct();
    }

    private static (double Score, MatchKind? Kind) Score(Form form, string query, string querySkeleton, int queryWords)
    {
        var candidate = form.Normalized;
        if (candidate == query)
        {
            return (1.0, MatchKind.Exact);
        }

        var coverage = (double)query.Length / candidate.Length;
        if (query.Length >= 2 && candidate.StartsWith(query, StringComparison.Ordinal))
        {
            return (0.75 + (0.2 * coverage), MatchKind.Prefix);
        }

        if (query.Length >= 3)
        {
            var at = candidate.IndexOf(query, StringComparison.Ordinal);
            if (at > 0)
            {
                var wholeWord = candidate[at - 1] == ' ';
                return ((wholeWord ? 0.6 : 0.5) + (0.15 * coverage), MatchKind.Contains);
            }
        }

        // A window that is the whole form beats the same word inside a longer name.
        var fuzzy = 0.0;
        foreach (var window in Windows(form, queryWords))
        {
            var windowCoverage = (double)window.Length / candidate.Length;
            fuzzy = Math.Max(fuzzy, Similarity(query, querySkeleton, window) * (0.8 + (0.2 * windowCoverage)));
        }

        return fuzzy > 0 ? (FuzzyCeiling * fuzzy, MatchKind.Fuzzy) : (0, null);
    }

    // 1 − edits / length when the edits are few for the length; a shared transliteration skeleton counts as near-exact.
    private static double Similarity(string query, string querySkeleton, string window)
    {
        if (querySkeleton.Length >= 4 && querySkeleton == SearchText.Skeleton(window))
        {
            return SkeletonSimilarity;
        }

        var length = Math.Max(query.Length, window.Length);
        var allowed = length <= 4 ? 1 : length <= 8 ? 2 : 3;
        if (query.Length < 4 || Math.Abs(query.Length - window.Length) > allowed)
        {
            return 0;
        }

        var edits = TextDistance.Levenshtein(query, window);
        return edits <= allowed ? 1.0 - ((double)edits / length) : 0;
    }

    // The form itself and each run of as many consecutive words as the query has.
    private static IEnumerable<string> Windows(Form form, int words)
    {
        yield return form.Normalized;
        if (form.Words.Length <= words)
        {
            yield break;
        }

        for (var i = 0; i + words <= form.Words.Length; i++)
        {
            yield return string.Join(' ', form.Words, i, words);
        }
    }

    private void Add(int entity, string text, FormRole role)
    {
        var normalized = SearchText.Normalize(text);
        if (normalized.Length > 0)
        {
            forms.Add(new Form(entity, text, normalized, normalized.Split(' '), role));
        }
    }

    private sealed record Form(int Entity, string Original, string Normalized, string[] Words, FormRole Role);
}
