using System.Collections.Frozen;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// What the mention stage knows about the whole document before it reads the first sentence: the acronyms the text
/// defines ("Organization for Security and Co-operation in Europe (OSCE)", so an earlier bare "OSCE" is that body), the
/// words it writes in lowercase (a sentence's first word that the text also writes in lowercase is no name), and how
/// often it names each state (the parties a generic "the peace agreement" can stand for).
/// </summary>
internal sealed class DocumentContext
{
    private static readonly FrozenSet<string> Connectors = FrozenSet.ToFrozenSet(
        ["of", "for", "and", "on", "the", "in", "to", "-", "&", "de", "du", "des", "la", "al"], StringComparer.Ordinal);

    private readonly Dictionary<string, string> acronyms = new(StringComparer.Ordinal);
    private readonly HashSet<string> lowercase = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> states = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> acronymUses = new(StringComparer.Ordinal);
    private readonly HashSet<int> years = [];

    /// <summary>An empty context: no acronym, no lowercase word, no state.</summary>
    public static DocumentContext Empty { get; } = new();

    /// <summary>Reads the body, heading and trailer sentences of a document (not its footnotes).</summary>
    public static DocumentContext Build(ExtractorModel model, SegmentedText text)
    {
        var context = new DocumentContext();
        foreach (var sentence in text.Paragraphs.Where(p => p.Role != ParagraphRole.Footnote).SelectMany(p => p.Sentences))
        {
            var tokens = sentence.Tokens.Where(t => t.Kind != TokenKind.Footnote).ToList();
            for (var i = 0; i < tokens.Count; i++)
            {
                var t = tokens[i];
                if (t.Kind == TokenKind.Number && t.Text.Length == 4 && int.TryParse(t.Text, out var year) && year is >= 1900 and <= 2100)
                {
                    context.years.Add(year);
                }

                if (t.Kind == TokenKind.Word && char.IsLower(t.Text[0]))
                {
                    context.lowercase.Add(t.Key);
                }
                else if (t.IsAcronym)
                {
                    context.acronymUses[t.Key] = context.acronymUses.GetValueOrDefault(t.Key) + 1;
                }

                if (t.Key == "(" && i + 2 < tokens.Count && tokens[i + 1].IsAcronym && tokens[i + 2].Key == ")"
                    && LongFormStart(tokens, i, tokens[i + 1].Text) is { } start)
                {
                    context.acronyms.TryAdd(tokens[i + 1].Key, string.Join(' ', tokens.Skip(start).Take(i - start).Select(x => x.Text)).Replace(" - ", "-", StringComparison.Ordinal));
                }

                if (model.StateKind is not null && t.IsWordLike && model.Gazetteer.MatchAt(tokens, i) is { } m)
                {
                    if (m.EntityIds.Length == 1 && model.Known.GetValueOrDefault(m.EntityIds[0])?.Kind == model.StateKind)
                    {
                        context.states[m.EntityIds[0]] = context.states.GetValueOrDefault(m.EntityIds[0]) + 1;
                    }

                    i += m.Count - 1;
                }
            }
        }

        return context;
    }

    /// <summary>Gets the long form the text gives an acronym in parentheses, written as in the text, if any.</summary>
    public string? LongForm(string acronymKey) => acronyms.GetValueOrDefault(acronymKey);

    /// <summary>Gets the acronyms the text defines with their long forms.</summary>
    public IEnumerable<KeyValuePair<string, string>> Acronyms => acronyms;

    /// <summary>Gets the years (1900-2100) the text writes.</summary>
    public IReadOnlySet<int> Years => years;

    /// <summary>Gets how often the text writes the acronym.</summary>
    public int AcronymUses(string key) => acronymUses.GetValueOrDefault(key);

    /// <summary>Gets whether the text writes the word in lowercase somewhere.</summary>
    public bool WritesLowercase(string key) => lowercase.Contains(key);

    /// <summary>Gets how often the text names the state.</summary>
    public int StateCount(string stateId) => states.GetValueOrDefault(stateId);

    /// <summary>Gets the states among the three the document names most, named at least twice.</summary>
    public IEnumerable<string> MainStates => states.Keys.Where(IsMainState);

    /// <summary>Gets whether the state is among the three the document names most, named at least twice.</summary>
    public bool IsMainState(string stateId)
    {
        if (states.GetValueOrDefault(stateId) < 2)
        {
            return false;
        }

        var rank = states.Values.Count(n => n > states[stateId]);
        return rank < 3;
    }

    /// <summary>
    /// Where the long form of an acronym in parentheses starts ("Organization for Security and Co-operation in Europe (OSCE)"):
    /// the earliest capitalized word before the parenthesis from which the words' initials spell the acronym, or null.
    /// </summary>
    public static int? LongFormStart(IReadOnlyList<Token> tokens, int open, string acronym) =>
        LongFormStart(tokens, open, acronym, allowSkip: false) ?? LongFormStart(tokens, open, acronym, allowSkip: true);

    /// <summary>The earliest start whose initials spell the acronym; with <paramref name="allowSkip"/>, one capitalized word may give no letter.</summary>
    private static int? LongFormStart(IReadOnlyList<Token> tokens, int open, string acronym, bool allowSkip)
    {
        var letters = new string([.. acronym.Where(char.IsLetter).Select(char.ToLowerInvariant)]);
        int? found = null;
        for (var s = open - 1; s >= 0 && open - s <= 14; s--)
        {
            var t = tokens[s];
            var afterHyphen = s >= 2 && tokens[s - 1].Key == "-" && tokens[s - 1].End == t.Start && tokens[s - 2].End == tokens[s - 1].Start;
            if (!(t.IsWordLike || Connectors.Contains(t.Key)) || (t.Kind == TokenKind.Word && !t.IsCapitalized && !Connectors.Contains(t.Key) && !afterHyphen))
            {
                break;
            }

            if (t.IsCapitalized && Spells(tokens, s, open, letters, allowSkip))
            {
                found = s;
            }
        }

        return found;
    }

    /// <summary>Whether the words from <paramref name="from"/> to before <paramref name="to"/> spell the letters by their initials.</summary>
    private static bool Spells(IReadOnlyList<Token> tokens, int from, int to, string letters, bool allowSkip)
    {
        var words = new List<(string Key, bool Capital, bool Acronym)>();
        for (var k = from; k < to; k++)
        {
            var t = tokens[k];
            if (t.Key == "-" || !t.IsWordLike)
            {
                continue;
            }

            if (k > from && tokens[k - 1].Key == "-" && tokens[k - 1].Start == tokens[k - 2].End && t.Start == tokens[k - 1].End)
            {
                continue; // "Co-operation": the word after a hyphen gives no initial
            }

            words.Add((t.Key, t.IsCapitalized, t.IsAcronym));
        }

        return words.Count > 0 && words[0].Capital && Match(words, 0, letters, 0, skipped: !allowSkip);
    }

    private static bool Match(List<(string Key, bool Capital, bool Acronym)> words, int w, string letters, int l, bool skipped)
    {
        if (w == words.Count)
        {
            return l == letters.Length;
        }

        var (key, capital, acronym) = words[w];
        if (acronym)
        {
            // "EU Monitoring Mission": an acronym inside gives one or all of its letters.
            var all = new string([.. key.Where(char.IsLetter)]);
            return (l + all.Length <= letters.Length && string.CompareOrdinal(letters, l, all, 0, all.Length) == 0 && Match(words, w + 1, letters, l + all.Length, skipped))
                || (l < letters.Length && letters[l] == key[0] && Match(words, w + 1, letters, l + 1, skipped));
        }

        var initial = l < letters.Length && key.Length > 0 && letters[l] == key[0] && Match(words, w + 1, letters, l + 1, skipped);
        if (initial)
        {
            return true;
        }

        // Connectors may give their initial ("MoU") or none; one capitalized word may give none ("Mission to Armenia (EUMA)").
        return (!capital && Match(words, w + 1, letters, l, skipped)) || (capital && w > 0 && !skipped && Match(words, w + 1, letters, l, skipped: true));
    }
}
