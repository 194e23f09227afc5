using static KnowledgeGraph.Extraction.ClauseAnalyzer;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// A state or body named as another's partner with a possessive: "Iran is one of Armenia's key partners", "he called
/// Kazakhstan one of Kyrgyzstan's closest partners", "one of Georgia's main partners in trade has been Turkey", "Armenia's
/// strategic partner India". The two cooperate. A partner "of" or "to" a name is the trigger frame's, not this rule's.
/// </summary>
internal sealed class PossessivePartnerRule : RelationRule
{
    /// <summary>Verbs that name what their object is, before "as" or directly: "described X as", "called X".</summary>
    private static readonly HashSet<string> NamingVerbs = new(StringComparer.Ordinal)
    {
        "described", "describes", "describing", "called", "calls", "calling", "named", "names", "considers", "considered", "regards",
        "regarded", "sees", "saw", "views", "viewed", "termed", "terms", "hailed", "hails", "praised", "praises",
    };

    /// <summary>A copula, or "be" and "been" after an auxiliary ("has been", "will be"), joins a subject to what it is.</summary>
    private static bool IsCopula(string key) => WordLists.Copulas.Contains(key) || key is "been" or "be";

    public override string Name => "possessive-partner";

    public override double BaseConfidence => 0.75;

    public override string Pattern => "\"Iran is one of Armenia's key partners\", \"called Kazakhstan one of Kyrgyzstan's closest partners\", \"one of Georgia's main partners in trade has been Turkey\", \"Armenia's strategic partner India\": the two cooperate";

    public override IEnumerable<string> Types(TriggerLexicon lexicon) => lexicon.TypesOf("partner");

    public override RuleScope Scope => RuleScope.Body;

    /// <summary>Whether the mention names a state or a body (persons are partners of persons only in the loose sense).</summary>
    private static bool IsStateOrBody(DocumentRun run, EntityMention? m) =>
        m is { CanBeArgument: true } && run.Entity(m.EntityId) is { } e && (e.Kind == run.Model.StateKind || e.Kind == run.Model.OrganizationKind);

    /// <summary>The partner noun after the possessive at <paramref name="k"/>, past up to three lowercase describing words ("key", "most reliable"); -1 if none.</summary>
    private static int PartnerNounAfter(SentenceView view, int k)
    {
        for (var n = 0; n < 4 && k < view.Tokens.Length; n++, k++)
        {
            if (view.Key(k) is "partner" or "partners")
            {
                return k;
            }

            if (!IsDescribingWordAt(view, k, allowMention: false, allowLyWord: true, allowAndOr: false)
                || view.Key(k) is "former" or "ex" or "potential" or "possible" or "future" or "would-be" or "prospective")
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// The name the partner phrase opening at <paramref name="start"/> (its "one of", else the possessive's owner) is said of,
    /// before it: "Y is [one of] X's partners", "described Y as [one of] X's partners", "called Y [one of] X's partners",
    /// "Y, X's partner,"; null if none.
    /// </summary>
    private static EntityMention? NamedBefore(SentenceView view, int start, bool singular, int nounAt)
    {
        var k = start - 1;
        if (view.Key(k) == "as" && view.MentionAt(k - 1) is { } described && described.Last == k - 1 && NamingVerbs.Contains(view.Key(described.First - 1)))
        {
            return described;
        }

        if (view.MentionAt(k) is { } called && called.Last == k && NamingVerbs.Contains(view.Key(called.First - 1)))
        {
            return called;
        }

        if (singular && view.Key(k) == "," && view.MentionAt(k - 1) is { } apposed && apposed.Last == k - 1 && view.Key(nounAt + 1) is "," or "." or ";"
            && view.Key(apposed.First - 1) is not ("and" or "," or "with" or "of"))
        {
            return apposed; // "Russia, Armenia's main partner, ..."
        }

        if (view.Key(k) is "still" or "also" or "now" or "long")
        {
            k--;
        }

        if (!IsCopula(view.Key(k)))
        {
            return null;
        }

        // "has been", "has long been", "will remain": the subject stands before the auxiliaries.
        var subjectEnd = k - 1;
        while (subjectEnd >= 0 && (WordLists.BeAuxiliaries.Contains(view.Key(subjectEnd)) || view.Key(subjectEnd) is "has" or "have" or "had" or "will" or "would" or "long" or "always" or "also" or "still"))
        {
            subjectEnd--;
        }

        return view.MentionAt(subjectEnd) is { } subject && subject.Last == subjectEnd && OpensClause(view, subject.First) ? subject : null;
    }

    /// <summary>Whether a clause opens at <paramref name="k"/>: the sentence's start, or after a comma, a colon, "that" or "and".</summary>
    private static bool OpensClause(SentenceView view, int k) =>
        k == 0 || view.Key(k - 1) is "," or ":" or ";" or "that" or "—" or "“" or "\"" || (k >= 2 && view.Key(k - 1) == "the" && view.Key(k - 2) is "," or "that");

    /// <summary>"one of X's partners in energy has been Y", "X's main partner is Y": the name after a copula that follows the phrase, past a short phrase of lowercase words.</summary>
    private static EntityMention? NamedAfter(SentenceView view, int nounAt)
    {
        for (var k = nounAt + 1; k < Math.Min(view.Tokens.Length, nounAt + 8); k++)
        {
            if (view.Key(k) is "has" or "have" && view.Key(k + 1) == "been")
            {
                k++;
            }

            if (IsCopula(view.Key(k)))
            {
                var at = view.Key(k + 1) is "still" or "now" or "also" ? k + 2 : k + 1;
                return view.MentionStartingAt(at) is { } named && view.Key(named.Last + 1) is "," or "." or ";" or "—" or "in" or "since" or "for" ? named : null;
            }

            if (view.Tokens[k] is not { Kind: TokenKind.Word, IsCapitalized: false } || view.MentionAt(k) is not null || WordLists.CommonVerbs.Contains(view.Key(k)))
            {
                return null;
            }
        }

        return null;
    }

    /// <inheritdoc/>
    public override void Apply(RuleContext context)
    {
        var (run, view) = (context.Run, context.View);
        if (run.Model.Lexicon.Concept("partner") is not { } partner)
        {
            return;
        }

        foreach (var owner in view.Mentions.ToList())
        {
            if (view.Tokens.Length <= owner.Last + 1 || view.Tokens[owner.Last + 1].Kind != TokenKind.Possessive || !IsStateOrBody(run, owner))
            {
                continue;
            }

            var nounAt = PartnerNounAfter(view, owner.Last + 2);
            if (nounAt < 0)
            {
                continue;
            }

            var singular = view.Key(nounAt) == "partner";
            var oneOf = view.Key(owner.First - 1) == "of" && view.Key(owner.First - 2) == "one";
            if (!singular && !oneOf)
            {
                continue; // "Armenia's partners" is a group, none of them named
            }

            var start = oneOf ? owner.First - 2 : owner.First;
            var named = NamedBefore(view, start, singular, nounAt)
                ?? (OpensClause(view, start) ? NamedAfter(view, nounAt) : null)
                ?? (singular && !oneOf && view.MentionStartingAt(nounAt + 1) is { } apposed && view.Tokens[nounAt + 1].IsCapitalized ? apposed : null);
            if (!IsStateOrBody(run, named) || named!.EntityId == owner.EntityId)
            {
                continue;
            }

            var (first, last) = (Math.Min(named.First, start), Math.Max(named.Last, nounAt));
            TriggerFrameRule.EmitResolved(run, view, context.Paragraph, partner, named.EntityId, owner.EntityId, new ModalitySpan(nounAt, nounAt, ClauseStart(view, first)), null,
                first, last, BaseConfidence * Math.Min(owner.Confidence, named.Confidence), Name, view.Tokens[nounAt].Text);
        }
    }
}
