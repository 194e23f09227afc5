using static KnowledgeGraph.Extraction.ClauseAnalyzer;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// "The Memorandum of Understanding between the United States and Azerbaijan": the states or bodies an agreement is
/// said to be between are its parties. The modality stage keeps a document still being prepared from having parties as a fact.
/// </summary>
internal sealed class AgreementPartiesRule : RelationRule
{
    private static readonly string[] PartyKeywords = ["party", "signator"];

    private static readonly string[] SignKeywords = ["sign"];

    /// <summary>Plural nouns of officials who sign for their states without being named: "the foreign ministers signed".</summary>
    private static readonly HashSet<string> UnnamedSigners = new(StringComparer.Ordinal)
    {
        "ministers", "leaders", "presidents", "premiers", "delegations", "sides", "parties", "officials", "heads",
    };

    public override string Name => "agreement-between";

    public override double BaseConfidence => 0.75;

    public override string Pattern => "an agreement followed by \"between A and B\": \"the Memorandum of Understanding between the United States and Azerbaijan\"; with \"signed\" right after the parties (agreement-between+signed) they signed it; \"the foreign ministers signed (initialled) the X between A and B\" (agreement-between+officials): A and B signed (initialled) it";

    public override IEnumerable<string> Types(TriggerLexicon lexicon) =>
        lexicon.NameParties.GetValueOrDefault("Agreement", []).Concat(lexicon.TypesOf("sign")).Concat(lexicon.TypesOf("initial"));

    public override RuleScope Scope => RuleScope.Body;

    /// <inheritdoc/>
    public override void Apply(RuleContext context)
    {
        var (run, view) = (context.Run, context.View);
        if (run.Model.AgreementKind is not { } agreementKind || !run.Model.Lexicon.NameParties.TryGetValue(agreementKind, out var types))
        {
            return;
        }

        foreach (var m in view.Mentions.ToList())
        {
            if (run.Entity(m.EntityId) is not { } agreement || agreement.Kind != agreementKind || view.Key(m.Last + 1) != "between")
            {
                continue;
            }

            // "the declaration on energy dialogue between Mongolia and Japan": a new document's name as analysts write it
            // holds its parties too.
            var between = Coordinated(view, m.Last + 2, ClauseEnd(view, m.Last + 1));
            var named = between.Where(p => run.Entity(p.EntityId) is { } e && e.Kind == run.Model.StateKind).ToList();
            if (agreement.IsNew && named.Count >= 2 && !view.Text(m.First, m.Last).Contains(" between ", StringComparison.Ordinal))
            {
                run.AddAlias(agreement, view.Text(m.First, named[^1].Last));
            }

            // "a peace treaty between A and B" names no concluded document; "the text (or principles) of the treaty between A
            // and B" is one still being written: neither says who is a party.
            var before = m.First - 1;
            if (view.Key(before) is "a" or "an" || (view.Key(before) is "the" && view.Key(before - 1) == "of"
                && view.Key(before - 2) is "text" or "texts" or "draft" or "principles" or "provisions" or "terms" or "negotiations" or "talks"))
            {
                continue;
            }

            // "continuing discussions about the treaty between A and B", "talks on the treaty between A and B": a
            // document still under talks has no parties yet.
            if (view.Key(before) == "the" && view.Key(before - 1) is "on" or "concerning" or "about" or "over" or "regarding" or "toward" or "towards"
                && Enumerable.Range(before - 4, 3).Any(k => view.Key(k) is "talks" or "negotiations" or "discussions" or "discussion" or "consultations" or "work" or "progress" or "efforts"))
            {
                continue;
            }

            var parties = between
                .Where(p => run.Entity(p.EntityId) is { } e && (e.Kind == run.Model.StateKind || e.Kind == run.Model.OrganizationKind))
                .DistinctBy(p => p.EntityId).ToList();
            if (parties.Count < 2)
            {
                continue;
            }

            // "the Joint Statement between Kyrgyzstan and Tajikistan signed in March": a participle right after the parties says
            // they signed it.
            var signedAfter = view.Key(parties[^1].Last + 1) == "signed";
            var (partyTypes, keywords, rule) = signedAfter ? (run.Model.Lexicon.TypesOf("sign").ToList(), SignKeywords, Name + "+signed") : (types.ToList(), PartyKeywords, Name);

            // "the foreign ministers initialled the Agreement ... between A and B": officials the text does not name sign or
            // initial for the parties.
            var verb = view.Key(m.First - 1) is "“" or "\"" ? m.First - 2 : m.First - 1;
            verb = view.Key(verb) == "the" ? verb - 1 : verb;
            if (!signedAfter && WordLists.SigningConcept(view.Key(verb)) is { } signing && UnnamedSigners.Contains(view.Key(verb - 1)) && view.MentionAt(verb - 1) is null)
            {
                (partyTypes, keywords, rule) = (run.Model.Lexicon.TypesOf(signing).ToList(), [signing], Name + "+officials");
            }
            var modality = new ModalitySpan(m.First, m.Last, ClauseStart(view, m.First));
            foreach (var p in parties)
            {
                run.Structural(view, context.Paragraph, partyTypes, keywords, run.Entity(p.EntityId)!, agreement, modality, m.First, signedAfter ? p.Last + 1 : p.Last, BaseConfidence, rule);
            }
        }
    }
}
