using static KnowledgeGraph.Extraction.ClauseAnalyzer;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// "Kobakhidze said that Zourabichvili must leave the palace", "Baerbock stressed that Georgian Dream must act": a speaker
/// who says that a named actor must or should do something demands it of that actor.
/// </summary>
internal sealed class ReportedObligationRule : RelationRule
{
    public override string Name => "reported-obligation";

    public override double BaseConfidence => 0.65;

    public override string Pattern => "\"A stated that B must ...\", \"A said B should ...\", \"A stressed that B has to ...\", \"A emphasized the need for B to ...\", \"A told B to ...\": A demanded of B";

    public override IEnumerable<string> Types(TriggerLexicon lexicon) => lexicon.TypesOf("demand");

    public override RuleScope Scope => RuleScope.Body;

    /// <summary>The actor told to act: "told China to drop the tariffs", "told the EU to stop" (a mention, "to" and a lowercase verb); null otherwise.</summary>
    private static EntityMention? TellingToAct(DocumentRun run, SentenceView view, int told)
    {
        var at = view.Key(told + 1) == "the" ? told + 2 : told + 1;
        if (view.MentionStartingAt(at) is not { CanBeArgument: true } hearer || !IsActor(run, hearer) || view.Key(hearer.Last + 1) != "to")
        {
            return null;
        }

        var verb = view.Key(hearer.Last + 2) is "“" or "\"" ? hearer.Last + 3 : hearer.Last + 2; // "told China to “step aside”"
        return verb < view.Tokens.Length && view.Tokens[verb].Kind == TokenKind.Word && !view.Tokens[verb].IsCapitalized && view.MentionAt(verb) is null
            && !WordLists.Determiners.Contains(view.Key(verb)) && !WordLists.TimeWords.Contains(view.Key(verb)) ? hearer : null;
    }

    /// <inheritdoc/>
    public override void Apply(RuleContext context)
    {
        var (run, view) = (context.Run, context.View);
        if (run.Model.Lexicon.Concept("demand") is not { } demand)
        {
            return;
        }

        for (var k = 1; k < view.Tokens.Length - 3; k++)
        {
            if (view.Key(k) is "told" or "tells" && view.MentionAt(k) is null && TellingToAct(run, view, k) is { } told)
            {
                // "Mongolia told China to drop the tariffs": telling someone to act asks it of them.
                foreach (var speaker in Subject(run.Model, view, k, ClauseStart(view, k)).Where(s => IsActor(run, s) && s.EntityId != told.EntityId))
                {
                    TriggerFrameRule.EmitResolved(run, view, context.Paragraph, demand, speaker.EntityId, told.EntityId, null, run.TimeNear(view, k),
                        Math.Min(speaker.First, k), told.Last + 1, BaseConfidence * Math.Min(speaker.Confidence, told.Confidence), Name, view.Text(k, k) + " … to");
                }

                continue;
            }

            if (!WordLists.ReportingCues.Contains(view.Key(k)) || view.Key(k) is "according" or "reported" or "reportedly" or "claimed" or "claims" || view.MentionAt(k) is not null)
            {
                continue;
            }

            var j = view.Key(k + 1) == "that" ? k + 2 : k + 1;

            // "stressed the need for Armenia to stop its provocations": the need names the one asked to act.
            var need = view.Key(j) == "the" && view.Key(j + 1) is "need" or "necessity" && view.Key(j + 2) == "for";
            if (need)
            {
                j += 3;
            }

            if (view.Key(j) == "the")
            {
                j++;
            }

            if (view.MentionStartingAt(j) is not { CanBeArgument: true } addressee || !IsActor(run, addressee))
            {
                continue;
            }

            var modal = addressee.Last + 1;
            if (!(need ? view.Key(modal) == "to" : view.Key(modal) is "must" or "should" || (view.Key(modal) is "has" or "have" or "needs" or "need" && view.Key(modal + 1) == "to")))
            {
                continue;
            }

            foreach (var speaker in Subject(run.Model, view, k, ClauseStart(view, k)).Where(s => IsActor(run, s) && s.EntityId != addressee.EntityId))
            {
                TriggerFrameRule.EmitResolved(run, view, context.Paragraph, demand, speaker.EntityId, addressee.EntityId, null, run.TimeNear(view, k),
                    Math.Min(speaker.First, k), modal, BaseConfidence * Math.Min(speaker.Confidence, addressee.Confidence), Name, view.Text(k, k) + " … " + view.Tokens[modal].Text);
            }
        }
    }
}
