namespace KnowledgeGraph.Extraction;

/// <summary>
/// An invitation whose owner a verb or phrase names, in running text: "A thanked B for his invitation", "A accepted B's
/// invitation to visit X", "A arrived in X at B's invitation" (or "at the invitation of B"): B invited A. The fronted form
/// ("At the invitation of B, A travelled ...") is <see cref="FrontedInvitationRule"/>'s.
/// </summary>
internal sealed class InvitationOwnerRule : RelationRule
{
    public override string Name => "invitation-owner";

    public override double BaseConfidence => 0.75;

    public override string Pattern => "\"A thanked B for his invitation\", \"A accepted B's invitation\", \"A came at B's invitation\" / \"at the invitation of B\": B invited A";

    public override IEnumerable<string> Types(TriggerLexicon lexicon) => lexicon.TypesOf("invitation");

    public override RuleScope Scope => RuleScope.Body;

    /// <inheritdoc/>
    public override void Apply(RuleContext context)
    {
        var (run, view) = (context.Run, context.View);
        if (run.Model.Lexicon.Concept("invitation") is not { } invitation)
        {
            return;
        }

        for (var cue = 1; cue < view.Tokens.Length; cue++)
        {
            if (view.Key(cue) != "invitation" || view.MentionAt(cue) is not null || Owner(run, view, cue) is not { } found)
            {
                continue;
            }

            var (host, verb) = found;
            verb = BeforePlacePhrase(run, view, verb);
            var guest = ClauseAnalyzer.Subject(run.Model, view, verb, ClauseAnalyzer.ClauseStart(view, verb))
                .FirstOrDefault(m => m.CanBeArgument && IsActor(run, m) && m.EntityId != host.EntityId);
            if (guest is null)
            {
                continue;
            }

            TriggerFrameRule.EmitResolved(run, view, context.Paragraph, invitation, host.EntityId, guest.EntityId, null, run.TimeNear(view, cue),
                Math.Min(guest.First, host.First), Math.Max(cue, host.Last), BaseConfidence * Math.Min(host.Confidence, guest.Confidence), Name, view.Tokens[cue].Text);
        }
    }

    /// <summary>
    /// "... in Kazan at the invitation of B", "... in Russia's Kazan at ...": the preposition opening a phrase of place right
    /// before token <paramref name="at"/>, whose subject is the guest's; <paramref name="at"/> itself when no such phrase ends there.
    /// </summary>
    private static int BeforePlacePhrase(DocumentRun run, SentenceView view, int at)
    {
        if (view.MentionAt(at - 1) is not { } place || run.Entity(place.EntityId)?.Kind != run.Model.PlaceKind)
        {
            return at;
        }

        var start = place.First - 1;
        if (start > 0 && view.Tokens[start].Kind == TokenKind.Possessive && view.MentionAt(start - 1) is { } owner && run.Entity(owner.EntityId)?.Kind == run.Model.StateKind)
        {
            start = owner.First - 1;
        }

        return start > 0 && view.Key(start) is "in" or "to" or "at" ? start : at;
    }

    /// <summary>
    /// The one who invited, with the word whose subject is the guest, when the invitation at <paramref name="cue"/> is owned in
    /// one of the rule's forms; null otherwise (and always for a fronted "At the invitation of", read by another rule).
    /// </summary>
    internal static (EntityMention Host, int Verb)? Owner(DocumentRun run, SentenceView view, int cue)
    {
        // "thanked B for his (her, their, the) invitation".
        if (view.Key(cue - 1) is "his" or "her" or "their" or "the" && view.Key(cue - 2) == "for"
            && view.MentionAt(cue - 3) is { CanBeArgument: true } thanked && IsActor(run, thanked)
            && ClauseAnalyzer.SkipTitle(view, thanked.First - 1) is var thanks && view.Key(thanks) is "thanked" or "thanks" or "thanking" or "thank")
        {
            return (thanked, thanks); // "thanked Chancellor (Olaf) Scholz for the invitation": past the title
        }

        // "accepted B's invitation", "at B's invitation".
        if (cue >= 2 && view.Tokens[cue - 1].Kind == TokenKind.Possessive && view.MentionAt(cue - 2) is { CanBeArgument: true } possessor && IsActor(run, possessor))
        {
            var before = view.Key(possessor.First - 1);
            if (before is "accepted" or "accepts" or "accepting" or "accept")
            {
                return (possessor, possessor.First - 1);
            }

            if (before is "at" or "upon" && possessor.First - 1 > 0)
            {
                return (possessor, possessor.First - 1);
            }
        }

        // "arrived in X at the invitation of B" (not opening the sentence).
        if (view.Key(cue - 1) == "the" && view.Key(cue - 2) is "at" or "upon" && cue - 2 > 0 && view.Key(cue + 1) == "of"
            && view.MentionStartingAt(view.Key(cue + 2) == "the" ? cue + 3 : cue + 2) is { CanBeArgument: true } inviter && IsActor(run, inviter))
        {
            return (inviter, cue - 2);
        }

        return null;
    }
}
