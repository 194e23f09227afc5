using static KnowledgeGraph.Extraction.ClauseAnalyzer;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// "Uzbekistan and Tajikistan ratified the treaty ... The treaty was first signed in Dushanbe", "Once that is done, the
/// treaty will be signed": a document said to be (or to have been) signed with no one named as signer was signed by the
/// parties the text has already given it (its signers, ratifiers or parties); "has already been initialled" was initialled by
/// them. The modality stage reads "will be" and the like.
/// </summary>
internal sealed class AgentlessSigningRule : RelationRule
{
    /// <summary>The relation types that make an end one of a document's parties.</summary>
    private static readonly HashSet<string> PartyTypes = new(StringComparer.Ordinal) { "signed", "ratified", "party-to", "initialled" };

    public override string Name => "agentless-signing";

    public override double BaseConfidence => 0.7;

    public override string Pattern => "\"the treaty was signed in Dushanbe\", \"the agreement will be signed\" with no \"by\": the parties the text gave the document before signed it; \"has already been initialled\": they initialled it";

    public override IEnumerable<string> Types(TriggerLexicon lexicon) => lexicon.TypesOf("sign").Concat(lexicon.TypesOf("initial"));

    public override RuleScope Scope => RuleScope.Body;

    /// <inheritdoc/>
    public override void Apply(RuleContext context)
    {
        var (run, view) = (context.Run, context.View);
        foreach (var m in view.Mentions.ToList())
        {
            if (run.Entity(m.EntityId) is not { } document || document.Kind != run.Model.AgreementKind || SignedAfter(view, PartiesEnd(view, m.Last)) is not { } signed)
            {
                continue;
            }

            // "was signed by X", "signed between A and B": the signers are named, and other rules read them.
            var clauseEnd = ClauseEnd(view, signed);
            if (Enumerable.Range(signed + 1, Math.Max(0, clauseEnd - signed)).Any(k => view.Key(k) is "by" or "between"))
            {
                continue;
            }

            var parties = run.Proposals.Where(p => p.Target == document.Id && PartyTypes.Contains(p.Type.Name))
                .Select(p => p.Source).Distinct(StringComparer.Ordinal).Select(run.Entity).OfType<KnownEntity>()
                .Where(e => e.Kind == run.Model.StateKind).ToList();
            if (parties.Count < 2)
            {
                continue; // one party alone is no bilateral signing the text implies
            }

            // "has already been initialled": the parties initialled it; the modality stage keeps it from reading as signed.
            var concept = WordLists.SigningConcept(view.Key(signed))!;
            var modality = new ModalitySpan(signed, signed, ClauseStart(view, m.First));
            foreach (var party in parties)
            {
                run.Structural(view, context.Paragraph, run.Model.Lexicon.TypesOf(concept), [concept], party, document, modality, m.First, signed, BaseConfidence, Name);
            }
        }
    }

    /// <summary>The last token of a "between A and B" right after the document ("the agreement between A and B has been signed"), else <paramref name="last"/>.</summary>
    private static int PartiesEnd(SentenceView view, int last) =>
        view.Key(last + 1) == "between" && Coordinated(view, last + 2, Math.Min(view.Tokens.Length - 1, last + 12)) is { Count: >= 2 } parties
            ? parties.Max(p => p.Last) : last;

    /// <summary>
    /// The index of "signed" (or "initialled") in a passive right after the document ("was signed", "has been signed", "will be
    /// signed", "was first signed", "has already been initialled"), or of a participle with its place or time ("the accord
    /// initialled in Washington"); else null.
    /// </summary>
    private static int? SignedAfter(SentenceView view, int last)
    {
        var k = last + 1;

        // "the accord initialled in Geneva last week": a participle right after the document, then its place or time.
        if (WordLists.SigningConcept(view.Key(k)) is not null && view.Key(k + 1) is "in" or "on" or "at" or "last" or "earlier" or "this")
        {
            return k;
        }

        if (!FiniteAuxiliaries.Contains(view.Key(k)))
        {
            return null;
        }

        for (var limit = k + 4; k < limit && k < view.Tokens.Length; k++)
        {
            var key = view.Key(k);
            if (WordLists.SigningConcept(key) is not null)
            {
                var before = view.Key(k - 1);
                return before is "be" or "been" or "was" or "were" or "is" or "are" || SigningAdverbs.Contains(before) ? k : null;
            }

            if (!FiniteAuxiliaries.Contains(key) && !SigningAdverbs.Contains(key) && key is not ("been" or "be" or "to" or "not" or "yet"))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The auxiliaries that open a passive after the document: "was", "has (been)", "will (be)".</summary>
    private static readonly HashSet<string> FiniteAuxiliaries = new(StringComparer.Ordinal)
    {
        "was", "were", "is", "are", "has", "have", "had", "will", "would", "should", "must", "could", "can", "may",
    };

    /// <summary>Adverbs that may stand before "signed": "was first signed", "has been formally signed".</summary>
    private static readonly HashSet<string> SigningAdverbs = new(StringComparer.Ordinal) { "first", "initially", "originally", "formally", "officially", "finally", "already" };
}
