namespace KnowledgeGraph.Extraction;

/// <summary>
/// Agreements and laws beyond a capitalized head noun: law sections ("Section 907 of the Freedom Support Act"), numbered
/// orders, lowercase laws ("the law on foreign influence"), a state's constitution, and generic phrases ("a peace
/// treaty") that stand for the graph's agreement of that name when its parties are the document's.
/// </summary>
internal sealed partial class MentionStage
{
    private static readonly string[] AgreementSynonyms = ["treaty", "agreement", "accord", "deal", "pact"];

    /// <summary>Words that describe an agreement's state or scope, never which agreement it is.</summary>
    private static readonly HashSet<string> GenericAgreementWords = new(StringComparer.Ordinal)
    {
        "draft", "final", "new", "comprehensive", "full", "fledged", "-", "bilateral", "trilateral", "proposed", "future", "long",
        "awaited", "possible", "eventual", "formal", "historic", "landmark", "lasting", "durable", "signed", "initialled", "initialed",
    };

    /// <summary>"Section 907 of the Freedom Support Act", "Executive Order 14024", "the law on foreign influence", "the Georgian constitution", "a peace treaty".</summary>
    private IEnumerable<(int, int, int, Func<EntityMention?>)> Agreements(SentenceView view, GazetteerMatch?[] matches)
    {
        if (run.Model.AgreementKind is not { } agreement)
        {
            yield break;
        }

        var tokens = view.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (view.Reserved[i] || matches[i] is not null)
            {
                continue;
            }

            var key = tokens[i].Key;
            var (f, l) = (i, i);
            if (tokens[i].IsCapitalized && key is "section" or "article" or "paragraph" or "clause" or "chapter" or "title" && LawSectionEnd(view, matches, i) is { } end)
            {
                (f, l) = (i, end);
                var alias = view.Text(i, i + 1);
                yield return (f, l, PriorityPattern + 1, () =>
                {
                    var entity = run.NewEntity(view.Text(f, l), agreement, "law-section", 0.8, alias);
                    return new EntityMention(f, l, entity.Id, FormKind.Name, "law-section", 0.8);
                });
            }
            else if (tokens[i].IsCapitalized && key is "order" or "decree" or "resolution" or "directive" && i + 1 < tokens.Length && tokens[i + 1].Kind == TokenKind.Number)
            {
                // "Executive Order 14024", "Resolution 2334": a numbered document, with the capitalized words before it.
                f = i;
                while (f > 0 && tokens[f - 1].IsCapitalized && tokens[f - 1].Kind == TokenKind.Word && !WordLists.LeadingStopwords.Contains(tokens[f - 1].Key) && matches[f - 1] is null && !view.Reserved[f - 1])
                {
                    f--;
                }

                l = i + 1;
                yield return (f, l, PriorityPattern + 1, () =>
                {
                    var entity = run.NewEntity(view.Text(f, l), agreement, "numbered-document", 0.8);
                    return new EntityMention(f, l, entity.Id, FormKind.Name, "numbered-document", 0.8);
                });
            }
            else if (!tokens[i].IsCapitalized && key is "law" or "bill" && view.Key(i + 1) == "on" && (LowercaseLawEnd(view, i + 2) ?? QuotedEnd(view, i + 2)) is { } lawEnd)
            {
                // "the law on foreign influence", "a law on "foreign agents"": the quotes mark the name, they are not part of it.
                (f, l) = (i, lawEnd);
                var written = view.Text(f, l);
                var name = Unquoted(written);
                yield return (f, l, PriorityPattern, () =>
                {
                    var entity = SameLaw(name, agreement) ?? run.NewEntity(name, agreement, "law-on", 0.7, name == written ? [] : [written]);
                    return new EntityMention(f, l, entity.Id, FormKind.Name, "law-on", 0.7);
                });
            }
            else if (!tokens[i].IsCapitalized && key == "constitution" && ConstitutionOwner(view, i) is { } owner)
            {
                f = owner.First;

                // "the new Armenian constitution", "Armenia's draft constitution": another document than the one in force.
                var fresh = Enumerable.Range(f, i - f).Select(view.Key).FirstOrDefault(k => k is "new" or "draft" or "proposed" or "future" or "amended");
                var name = fresh is null ? $"Constitution of {owner.State.Name}" : $"{char.ToUpperInvariant(fresh[0])}{fresh[1..]} constitution of {owner.State.Name}";
                var state = owner.State;
                yield return (f, l, PriorityPattern, () =>
                {
                    var known = fresh is null
                        ? run.Model.Gazetteer.Lookup(name).Select(run.Entity).FirstOrDefault(e => e is { IsNew: false } && e.Kind == agreement)
                        : NewConstitution(state, agreement);
                    var entity = known ?? run.NewEntity(name, agreement, "state-constitution", 0.75, view.Text(f, l));
                    return new EntityMention(f, l, entity.Id, known is null ? FormKind.Name : FormKind.Alias, "state-constitution", 0.75);
                });
            }
            else if (!tokens[i].IsCapitalized && AgreementSynonyms.Contains(key) && GenericAgreement(view, matches, i) is { } generic)
            {
                (f, l) = (generic.First, i);
                var id = generic.Entity.Id;
                yield return (f, l, PriorityPattern, () => new EntityMention(f, l, id, FormKind.Alias, "agreement-context", 0.8));
            }
        }
    }

    /// <summary>"Section 907 of the Freedom Support Act": the last token of the law a numbered section belongs to, or null.</summary>
    private static int? LawSectionEnd(SentenceView view, GazetteerMatch?[] matches, int section)
    {
        var tokens = view.Tokens;
        if (section + 3 >= tokens.Length || tokens[section + 1].Kind != TokenKind.Number || view.Key(section + 2) != "of")
        {
            return null;
        }

        var k = view.Key(section + 3) == "the" ? section + 4 : section + 3;
        var end = -1;
        for (var j = k; j < tokens.Length && j - k < 8 && tokens[j].IsCapitalized && tokens[j].IsWordLike && !view.Reserved[j]; j++)
        {
            if (WordLists.AgreementHeads.Contains(tokens[j].Key))
            {
                end = j;
            }
        }

        return end > 0 && matches[k] is null ? end : null;
    }

    /// <summary>"the law on foreign influence adopted in May": the last lowercase word of the law's subject, or null.</summary>
    /// <summary>
    /// The law this text already named with the same words, whether as a law or a bill and in the singular or the plural
    /// ("a law on "foreign agents"" ... "the "foreign agent" bill"), or null.
    /// </summary>
    private KnownEntity? SameLaw(string name, string agreementKind)
    {
        var key = LawKey(name);
        return key.Length == 0 ? null
            : run.NewEntities.Values.FirstOrDefault(e => e.Kind == agreementKind && e.Rule is "law-on" or "described-law" && e.Aliases.Prepend(e.Name).Any(n => LawKey(n) == key));
    }

    /// <summary>The words that say which law it is, each without a plural "s": "law on foreign agents" and "foreign agent bill" are "foreign agent".</summary>
    private static string LawKey(string name) =>
        string.Join(' ', Tokenizer.Keys(name).Where(k => k.Length > 0 && char.IsLetter(k[0]) && k is not ("law" or "bill" or "on" or "the" or "a" or "an" or "of"))
            .Select(k => k.Length > 3 && k.EndsWith('s') && !k.EndsWith("ss", StringComparison.Ordinal) ? k[..^1] : k));

    /// <summary>The closing quotation mark of a quoted run of one to five words opening at <paramref name="open"/>, or null.</summary>
    internal static int? QuotedEnd(SentenceView view, int open, bool capitalized = false)
    {
        if (!IsOpenQuote(view.Key(open)))
        {
            return null;
        }

        for (var k = open + 1; k < view.Tokens.Length && k - open <= 6; k++)
        {
            if (IsCloseQuote(view.Key(k)))
            {
                return k > open + 1 && (!capitalized || view.Tokens[open + 1].IsCapitalized) ? k : null;
            }

            if ((!view.Tokens[k].IsWordLike && view.Key(k) != "-") || view.Reserved[k])
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The opening quotation mark of a quoted run of one to five words closing at <paramref name="close"/>, or null.</summary>
    internal static int? QuotedStart(SentenceView view, int close)
    {
        if (!IsCloseQuote(view.Key(close)))
        {
            return null;
        }

        for (var k = close - 1; k >= 0 && close - k <= 6; k--)
        {
            if (IsOpenQuote(view.Key(k)))
            {
                return close - k >= 2 ? k : null;
            }

            if ((!view.Tokens[k].IsWordLike && view.Key(k) != "-") || view.Reserved[k])
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>A written name without its quotation marks and the spaces they leave: "law on "foreign agents"" → "law on foreign agents".</summary>
    internal static string Unquoted(string written) =>
        string.Join(' ', written.Split(['"', '“', '”', '«', '»', ' '], StringSplitOptions.RemoveEmptyEntries));

    private static int? LowercaseLawEnd(SentenceView view, int from)
    {
        var tokens = view.Tokens;
        var end = -1;
        for (var k = from; k < tokens.Length && k - from < 5; k++)
        {
            var t = tokens[k];
            if (t.Kind != TokenKind.Word || t.IsCapitalized || WordLists.ClauseBreaks.Contains(t.Key) || WordLists.Determiners.Contains(t.Key) && k > from
                || (WordLists.Prepositions.Contains(t.Key) && t.Key != "of") || t.Key.EndsWith("ed", StringComparison.Ordinal) || t.Key is "and" or "is" or "was" or "has" or "had" or "would" or "will")
            {
                break;
            }

            if (!WordLists.Determiners.Contains(t.Key) && t.Key != "of")
            {
                end = k;
            }
        }

        return end >= from ? end : null;
    }

    /// <summary>"the Georgian constitution", "Armenia's new constitution", "the new Armenian constitution": the state that owns it and where its phrase starts.</summary>
    private (int First, KnownEntity State)? ConstitutionOwner(SentenceView view, int constitution)
    {
        var k = constitution - 1;
        if (view.Key(k) is "new" or "draft" or "proposed" or "future" or "amended" or "current" or "existing")
        {
            k--;
        }

        if (k >= 0 && view.Tokens[k].Kind == TokenKind.Possessive)
        {
            k--;
        }

        for (var s = Math.Max(0, k - 4); s <= k; s++)
        {
            if (run.Model.Gazetteer.MatchAt(view.Tokens, s) is { } m && s + m.Count - 1 == k && StateOf(m) is { } state && !view.Reserved[s])
            {
                // "the new Armenian constitution": a word of its standing before the demonym belongs to the phrase.
                var first = view.Key(s - 1) is "new" or "draft" or "proposed" or "future" && view.Tokens[s - 1].Kind == TokenKind.Word ? s - 1 : s;
                return (first, state);
            }
        }

        return null;
    }

    /// <summary>The one graph agreement that is a new or draft constitution of the state ("Draft new constitution of Armenia"), if any.</summary>
    private KnownEntity? NewConstitution(KnownEntity state, string agreementKind)
    {
        var fits = run.Model.GraphForms(agreementKind).Where(form => form.Keys.Contains("constitution") && form.Keys.Any(k => k is "new" or "draft" or "proposed"))
            .Select(form => form.Entity).Distinct()
            .Where(e => NameRule.NameParts(run, e.Name, e.Id).Any(p => p.Entity.Id == state.Id)).ToList();
        return fits.Count == 1 ? fits[0] : null;
    }

    /// <summary>
    /// "a peace treaty", "the full-fledged peace agreement": the one graph agreement one of whose forms is the same
    /// descriptive words before a synonym of the head ("peace agreement"); state and scope words ("draft") name nothing.
    /// Whether its parties are in context is checked with every other agreement link (<see cref="CheckAgreementLinks"/>).
    /// </summary>
    private (int First, KnownEntity Entity)? GenericAgreement(SentenceView view, GazetteerMatch?[] matches, int head)
    {
        var first = head;
        var words = new List<string>();
        while (first - 1 >= 0 && head - first < 4 && view.Tokens[first - 1] is { Kind: TokenKind.Word or TokenKind.Punctuation } t
            && (t.Key == "-" || (t.Kind == TokenKind.Word && !t.IsCapitalized && !WordLists.Determiners.Contains(t.Key) && !WordLists.Prepositions.Contains(t.Key)
                && !WordLists.ClauseBreaks.Contains(t.Key) && t.Key is not ("and" or "or"))) && matches[first - 1] is null && !view.Reserved[first - 1])
        {
            first--;
            words.Add(view.Key(first));
        }

        var content = words.Where(w => !GenericAgreementWords.Contains(w)).ToHashSet(StringComparer.Ordinal);
        if (content.Count == 0)
        {
            return null;
        }

        var fits = run.Model.GraphForms(run.Model.AgreementKind!).Where(form => form.Keys.ToList() is { Count: >= 2 } keys
                && AgreementSynonyms.Contains(keys[^1]) && keys.SkipLast(1).Where(w => !GenericAgreementWords.Contains(w)).ToHashSet(StringComparer.Ordinal).SetEquals(content))
            .Select(form => form.Entity).Distinct().ToList();
        while (first < head && !content.Contains(view.Key(first)))
        {
            first++; // the phrase starts at its first descriptive word
        }

        return fits.Count == 1 ? (first, fits[0]) : null;
    }
}
