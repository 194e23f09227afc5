namespace KnowledgeGraph.Extraction;

/// <summary>
/// Regular English inflections of the lexicon's verbs, so a concept listed as "criticized" also fires on "criticizes",
/// "criticize" and "criticizing" ("..., accusing the EU of ..."). Only the first word of a phrase is inflected
/// ("travelled to" gives "travelling to"); irregular forms ("met", "froze") stay as the lexicon lists them.
/// </summary>
/// <remarks>
/// The rules guess the base form from the spelling, so they may produce strings that are not English words
/// ("signes"); those never occur in a text and cost nothing. A real word of another sense is the risk, which is why
/// only verbs are inflected, never the lexicon's nouns.
/// </remarks>
internal static class VerbForms
{
    /// <summary>Generated forms that are far more often nouns of the genre ("armed forces", "the talks"): only the lexicon can list them.</summary>
    private static readonly HashSet<string> NounLike = new(StringComparer.Ordinal)
    {
        "force", "forces", "state", "states", "shell", "shells", "base", "bases", "talk", "talks", "deal", "deals", "troop", "troops",
        "border", "borders", "order", "orders", "power", "powers", "head", "heads", "claim", "claims", "mission", "missions",
        "sanction", "sanctions", "transit",
    };

    /// <summary>Whether a word is far more often a noun of the genre than a verb ("borders", "talks"): written after a determiner or possessive it is the noun.</summary>
    public static bool IsNounLike(string word) => NounLike.Contains(word);

    /// <summary>The phrase with its first word in every regular form: base, -s, -ed and -ing.</summary>
    /// <param name="phrase">A verb phrase of the lexicon, lowercase ("criticized", "travelled to").</param>
    /// <returns>The phrase itself first, then the other forms, without duplicates.</returns>
    public static IEnumerable<string> Expand(string phrase)
    {
        var space = phrase.IndexOf(' ', StringComparison.Ordinal);
        var (word, rest) = space < 0 ? (phrase, string.Empty) : (phrase[..space], phrase[space..]);
        var forms = new List<string> { phrase };
        if (word.Length < 4 || !word.All(char.IsLetter))
        {
            return forms;
        }

        foreach (var stem in Bases(word))
        {
            foreach (var form in Inflect(stem))
            {
                var candidate = form + rest;
                if (rest.Length == 0 && NounLike.Contains(form))
                {
                    continue;
                }

                if (!forms.Contains(candidate, StringComparer.Ordinal))
                {
                    forms.Add(candidate);
                }
            }
        }

        return forms;
    }

    /// <summary>Possible base forms of a verb form: "criticized" gives "criticiz" and "criticize"; "planned" gives "plan".</summary>
    private static IEnumerable<string> Bases(string w)
    {
        if (w.EndsWith("ied", StringComparison.Ordinal) || w.EndsWith("ies", StringComparison.Ordinal))
        {
            yield return w[..^3] + "y";
        }
        else if (w.EndsWith("ing", StringComparison.Ordinal) || w.EndsWith("ed", StringComparison.Ordinal))
        {
            var stem = w.EndsWith("ing", StringComparison.Ordinal) ? w[..^3] : w[..^2];
            if (stem.Length >= 3 && stem[^1] == stem[^2] && !IsVowel(stem[^1]) && stem[^1] is not ('l' or 's' or 'z' or 'f'))
            {
                yield return stem[..^1]; // "planned" -> "plan"
            }
            else
            {
                yield return stem;
                if (!stem.EndsWith('e'))
                {
                    yield return stem + "e";
                }
            }
        }
        else if (w.EndsWith("es", StringComparison.Ordinal) && w.Length > 4 && (w[^3] is 's' or 'x' or 'z' || w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal)))
        {
            yield return w[..^2];
        }
        else if (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal))
        {
            yield return w[..^1];
        }
        else
        {
            yield return w;
        }
    }

    private static IEnumerable<string> Inflect(string b)
    {
        yield return b;
        if (b.EndsWith('y') && b.Length > 2 && !IsVowel(b[^2]))
        {
            yield return b[..^1] + "ies";
            yield return b[..^1] + "ied";
            yield return b + "ing";
            yield break;
        }

        yield return b.EndsWith('s') || b.EndsWith('x') || b.EndsWith('z') || b.EndsWith("ch", StringComparison.Ordinal) || b.EndsWith("sh", StringComparison.Ordinal) ? b + "es" : b + "s";
        yield return b.EndsWith('e') ? b + "d" : b + "ed";
        yield return b.EndsWith('e') && !b.EndsWith("ee", StringComparison.Ordinal) ? b[..^1] + "ing" : b + "ing";
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
