namespace KnowledgeGraph.Extraction;

/// <summary>
/// "Hajizada refuted the statement made by Pashinyan", "Lavrov dismissed Pashinyan's claim that ...": one who disputes what
/// another said criticizes the one who said it. The claim itself stays unproposed (and what it says, if a rule reads it,
/// stays reported: see the modality stage).
/// </summary>
internal sealed class DisputedStatementRule : RelationRule
{
    /// <summary>Verbs that call what someone said wrong.</summary>
    private static readonly HashSet<string> DisputeVerbs = new(StringComparer.Ordinal)
    {
        "dismissed", "dismisses", "refuted", "refutes", "rejected", "rejects", "disputed", "disputes", "denied", "denies", "contradicted",
        "contradicts", "rebutted", "rebuts", "debunked", "challenged", "challenges",
    };

    /// <summary>Nouns of something said (not "reports", which outlets write, nor "proposal", which offers an act).</summary>
    private static readonly HashSet<string> SaidNouns = new(StringComparer.Ordinal)
    {
        "claim", "claims", "statement", "statements", "remarks", "remark", "accusation", "accusations", "allegation", "allegations",
        "assertion", "assertions", "comments", "comment", "words", "assessment", "characterization", "narrative",
    };

    /// <inheritdoc/>
    public override string Name => "disputed-statement";

    /// <inheritdoc/>
    public override double BaseConfidence => 0.75;

    /// <inheritdoc/>
    public override string Pattern => "\"A refuted the statement made by B\", \"A dismissed B's claim that ...\": A criticized B";

    /// <inheritdoc/>
    public override IEnumerable<string> Types(TriggerLexicon lexicon) => lexicon.TypesOf("criticize");

    /// <inheritdoc/>
    public override RuleScope Scope => RuleScope.Body;

    /// <inheritdoc/>
    public override void Apply(RuleContext context)
    {
        var (run, view) = (context.Run, context.View);
        if (run.Model.Lexicon.Concept("criticize") is not { } criticize)
        {
            return;
        }

        for (var verb = 1; verb < view.Tokens.Length - 2; verb++)
        {
            if (!DisputeVerbs.Contains(view.Key(verb)) || view.MentionAt(verb) is not null || Disputer(view, verb) is not { } disputer || !IsActor(run, disputer))
            {
                continue;
            }

            if (Author(view, verb + 1) is not { } author || !IsActor(run, author) || author.EntityId == disputer.EntityId)
            {
                continue;
            }

            TriggerFrameRule.EmitResolved(run, view, context.Paragraph, criticize, disputer.EntityId, author.EntityId, null, null,
                Math.Min(disputer.First, author.First), Math.Max(verb, author.Last), BaseConfidence * Math.Min(disputer.Confidence, author.Confidence), Name, view.Tokens[verb].Text);
        }
    }

    /// <summary>The verb's subject right before it, over auxiliaries and adverbs ("has strongly refuted").</summary>
    private static EntityMention? Disputer(SentenceView view, int verb)
    {
        var k = ClauseAnalyzer.BeforeAuxiliaries(view, verb);
        return k >= 0 && view.MentionAt(k) is { CanBeArgument: true } m && m.Last == k && !ClauseAnalyzer.IsNounModifier(view, m) ? m : null;
    }

    /// <summary>
    /// Who said what the verb disputes: the possessor of a said noun ("Pashinyan's claim", "the Armenian side's claims"), or
    /// the one after it ("the statement made by Pashinyan", "the accusations by Baku").
    /// </summary>
    private static EntityMention? Author(SentenceView view, int from)
    {
        var k = view.Key(from) is "the" or "a" or "these" or "those" or "this" or "that" ? from + 1 : from;
        if (view.MentionStartingAt(k) is { } possessor && view.Tokens.Length > possessor.Last + 2 && view.Tokens[possessor.Last + 1].Kind == TokenKind.Possessive)
        {
            var noun = possessor.Last + 2;
            while (noun < view.Tokens.Length && noun < possessor.Last + 4 && !SaidNouns.Contains(view.Key(noun)) && view.Tokens[noun].Kind == TokenKind.Word
                && !view.Tokens[noun].IsCapitalized && view.MentionAt(noun) is null)
            {
                noun++; // "Pashinyan's latest claims"
            }

            return SaidNouns.Contains(view.Key(noun)) && possessor.CanBeArgument ? possessor : null;
        }

        while (k < view.Tokens.Length && k < from + 3 && !SaidNouns.Contains(view.Key(k)) && view.Tokens[k].Kind == TokenKind.Word && !view.Tokens[k].IsCapitalized)
        {
            k++; // "the latest statement"
        }

        if (!SaidNouns.Contains(view.Key(k)))
        {
            return null;
        }

        var by = view.Key(k + 1) == "by" ? k + 2 : view.Key(k + 1) is "made" or "voiced" or "issued" && view.Key(k + 2) == "by" ? k + 3 : -1;
        if (by < 0)
        {
            return null;
        }

        // "the remarks made by Foreign Minister Ararat Mirzoyan": the holder after the title, else the state or body.
        var end = by;
        while (end < Math.Min(view.Tokens.Length, by + 7) && view.Key(end) is not ("," or "that" or "which" or "and" or "on" or "in" or "at"))
        {
            end++;
        }

        if (view.Titles.FirstOrDefault(t => t.Person is { } p && t.First >= by && p.Last < end) is { Person: { } holder })
        {
            return holder;
        }

        var named = view.Mentions.Where(m => m.First >= by && m.Last < end && m.CanBeArgument).ToList();
        return named.Count == 1 ? named[0] : null;
    }
}
