using System.Collections.Immutable;

namespace KnowledgeGraph.Extraction;

/// <summary>How a surface form names its entity.</summary>
internal enum FormKind
{
    /// <summary>The canonical name.</summary>
    Name,

    /// <summary>A short form, abbreviation, transliteration or surname.</summary>
    Alias,

    /// <summary>An adjective ("Armenian").</summary>
    Demonym,

    /// <summary>A capital or seat of power standing for the government ("Yerevan").</summary>
    Metonym,
}

/// <summary>An entity the extractor can link to: one of the graph, a built-in state, or a new candidate.</summary>
internal sealed class KnownEntity(string id, string name, string kind, bool isNew, string rule)
{
    public string Id { get; } = id;

    public string Name { get; } = name;

    public string Kind { get; set; } = kind;

    public bool IsNew { get; } = isNew;

    /// <summary>Gets the rule that introduced a new candidate ("gazetteer" for graph entities).</summary>
    public string Rule { get; } = rule;

    public string? Role { get; set; }

    public string? IsoAlpha2 { get; set; }

    public string? IsoAlpha3 { get; set; }

    public double Confidence { get; set; } = 1.0;

    public List<string> Aliases { get; } = [];
}

/// <summary>One surface form of an entity.</summary>
/// <param name="EntityId">The entity's id.</param>
/// <param name="Form">How the form names it.</param>
/// <param name="Surface">The form as written in the source of the gazetteer.</param>
/// <param name="Keys">The folded tokens of the form.</param>
/// <param name="BuiltIn">Whether the form comes from the built-in list of states rather than the graph.</param>
internal sealed record GazetteerEntry(string EntityId, FormKind Form, string Surface, ImmutableArray<string> Keys, bool BuiltIn);

/// <summary>The longest gazetteer match at a token.</summary>
/// <param name="First">The index of the first token.</param>
/// <param name="Count">The number of tokens.</param>
/// <param name="Entries">The matching forms; more than one entity means the mention is ambiguous.</param>
/// <param name="Fuzzy">Whether only the transliteration skeleton matched.</param>
internal sealed record GazetteerMatch(int First, int Count, ImmutableArray<GazetteerEntry> Entries, bool Fuzzy)
{
    /// <summary>Gets the distinct entity ids matched.</summary>
    public ImmutableArray<string> EntityIds => [.. Entries.Select(e => e.EntityId).Distinct(StringComparer.Ordinal)];
}

/// <summary>
/// Surface forms of entities, matched over tokens: accent- and case-insensitive, with a transliteration
/// skeleton as fallback; the longest match at a position wins.
/// </summary>
internal sealed class Gazetteer
{
    private const int MaxTokens = 12;
    private readonly Dictionary<string, List<GazetteerEntry>> exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<GazetteerEntry>> skeleton = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<GazetteerEntry>> consonants = new(StringComparer.Ordinal);

    /// <summary>Gets whether some entity other than <paramref name="entityId"/> claims the form.</summary>
    public bool IsClaimedByOther(string surface, string entityId) =>
        exact.TryGetValue(string.Join(' ', Tokenizer.Keys(surface)), out var list) && list.Any(e => e.EntityId != entityId);

    /// <summary>Gets the entity ids with exactly this form.</summary>
    public IEnumerable<string> Lookup(string surface) =>
        exact.TryGetValue(string.Join(' ', Tokenizer.Keys(surface)), out var list) ? list.Select(e => e.EntityId).Distinct() : [];

    /// <summary>Adds a surface form; empty and duplicate forms are ignored.</summary>
    public void Add(string entityId, string surface, FormKind form, bool builtIn = false)
    {
        var keys = Tokenizer.Keys(surface);
        if (keys.IsEmpty || keys.Length > MaxTokens)
        {
            return;
        }

        var entry = new GazetteerEntry(entityId, form, surface.Trim(), keys, builtIn);
        AddTo(exact, string.Join(' ', keys), entry);

        // "France24" is also written "France 24": a name glued to its number gets its spaced form.
        if (keys.Length == 1 && keys[0].Length > 2 && char.IsLetter(keys[0][0]) && char.IsDigit(keys[0][^1]) && keys[0].TrimEnd("0123456789".ToCharArray()) is { Length: > 1 } letters
            && letters.All(char.IsLetter))
        {
            var spaced = new GazetteerEntry(entityId, form, surface.Trim(), [letters, keys[0][letters.Length..]], builtIn);
            AddTo(exact, string.Join(' ', spaced.Keys), spaced);
        }

        // Short words get no fuzzy key: "Iran" must not become "Iran"-like noise.
        if (keys.Sum(k => k.Length) >= 5)
        {
            AddTo(skeleton, SkeletonKey(keys), entry);
        }

        // Long one-word names differ in their vowels between transliterations: "Nakhichevan" and "Nakhchivan".
        if (keys.Length == 1 && ConsonantKey(keys[0]) is { } consonantKey)
        {
            AddTo(consonants, consonantKey, entry);
        }
    }

    /// <summary>Finds the longest match starting at token <paramref name="first"/>, of at most <paramref name="maxCount"/> tokens.</summary>
    public GazetteerMatch? MatchAt(IReadOnlyList<Token> tokens, int first, int maxCount = MaxTokens)
    {
        if (!tokens[first].IsWordLike)
        {
            return null;
        }

        for (var count = Math.Min(Math.Min(MaxTokens, maxCount), tokens.Count - first); count >= 1; count--)
        {
            var span = Enumerable.Range(first, count).Select(i => tokens[i]).ToList();
            if (!span[^1].IsWordLike)
            {
                continue;
            }

            var keys = span.Select(t => t.Key).ToList();
            if (exact.TryGetValue(string.Join(' ', keys), out var list) && Accept(list, span) is { Length: > 0 } ok)
            {
                return new GazetteerMatch(first, count, ok, Fuzzy: false);
            }

            if (keys.Sum(k => k.Length) >= 5 && skeleton.TryGetValue(SkeletonKey(keys), out var fuzzy) && Accept(fuzzy, span) is { Length: > 0 } fok)
            {
                return new GazetteerMatch(first, count, fok, Fuzzy: true);
            }

            if (count == 1 && span[0].IsCapitalized && ConsonantKey(keys[0]) is { } ck && consonants.TryGetValue(ck, out var loose)
                && Accept(loose, span) is { Length: > 0 } lok && lok.Select(e => e.EntityId).Distinct().Count() == 1)
            {
                return new GazetteerMatch(first, count, lok, Fuzzy: true);
            }
        }

        return null;
    }

    /// <summary>Keeps the entries whose capitalization the text respects: acronyms in capitals, names capitalized.</summary>
    private static ImmutableArray<GazetteerEntry> Accept(List<GazetteerEntry> entries, List<Token> span) =>
        [.. entries.Where(e => CaseFits(e, span))];

    private static bool CaseFits(GazetteerEntry entry, List<Token> span)
    {
        var formTokens = Tokenizer.Tokenize(entry.Surface);
        if (formTokens.Length != span.Count)
        {
            return true;
        }

        // A one-word name must be capitalized ("Report" the outlet, not "report"); longer forms may be lowercased
        // in running text ("a delegation from Armenia"), but acronyms never ("US" is not "us").
        if (span.Count == 1 && formTokens[0].IsCapitalized && !span[0].IsCapitalized)
        {
            return false;
        }

        for (var i = 0; i < span.Count; i++)
        {
            if (formTokens[i].IsAcronym && !span[i].IsAcronym)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The first letter and the consonants of the skeleton of a word of at least nine letters, or null for shorter words.</summary>
    private static string? ConsonantKey(string key)
    {
        var s = TextFold.Skeleton(key);
        if (key.Length < 9 || !s.All(char.IsLetter))
        {
            return null;
        }

        return s[0] + new string([.. s[1..].Where(c => "aeiou".IndexOf(c, StringComparison.Ordinal) < 0)]);
    }

    private static string SkeletonKey(IEnumerable<string> keys) => string.Join(' ', keys.Select(TextFold.Skeleton));

    private static void AddTo(Dictionary<string, List<GazetteerEntry>> map, string key, GazetteerEntry entry)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        if (!list.Any(e => e.EntityId == entry.EntityId && e.Form == entry.Form))
        {
            list.Add(entry);
        }
    }
}
