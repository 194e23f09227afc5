namespace KnowledgeGraph.Extraction;

/// <summary>States named inside an agreement's name ("the Armenia-United States Strategic Partnership Charter") are its parties.</summary>
internal sealed partial class DocumentRun
{
    private readonly List<(SentenceView View, int First, int Last, string Agreement, List<string> Parties)> agreementParties = [];

    private void NoteAgreementParties(SentenceView view, int first, int last, string agreementId)
    {
        var parties = new List<string>();
        for (var i = first; i <= last; i++)
        {
            if (model.Gazetteer.MatchAt(view.Tokens, i) is { } m && m.EntityIds.Length == 1 && Entity(m.EntityIds[0]) is { } e
                && e.Kind == model.StateKind && m.Entries[0].Form is FormKind.Name or FormKind.Alias)
            {
                parties.Add(e.Id);
                i += m.Count - 1;
            }
        }

        if (parties.Count > 0)
        {
            agreementParties.Add((view, first, last, agreementId, parties));
        }
    }

    private void AgreementPartyRelations(SentenceView view, Paragraph paragraph)
    {
        var sign = model.Lexicon.Relations.FirstOrDefault(c => c.Concept == "sign");
        foreach (var (v, first, last, agreement, parties) in agreementParties.Where(a => a.View == view))
        {
            foreach (var party in parties.Distinct())
            {
                if (sign is null || Entity(party) is not { } state || Entity(agreement) is not { } deal)
                {
                    continue;
                }

                var type = model.Types.Resolve(sign.Types, sign.Plover, sign.Mode, [.. sign.Keywords], state.Kind, deal.Kind, out var swap);
                if (type is null)
                {
                    Notice($"No relation type of the vocabulary says that a {state.Kind} is a party to an {deal.Kind}; such candidates were left out.");
                    continue;
                }

                Add(v, paragraph, swap ? agreement : party, swap ? party : agreement, type, Model.Certainty.Stated, null, TimeNear(v, first),
                    first, last, 0.6, "agreement-name-parties", string.Empty, sign.Concept);
            }
        }
    }
}
