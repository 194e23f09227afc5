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

    public override string Pattern => "\"A stated that B must ...\", \"A said B should ...\", \"A stressed that B has to ...\", \"A emphasized the need for B to ...\": A demanded of B";

    public override IEnumerable<string> Types(TriggerLexicon lexicon) => lexicon.TypesOf("demand");

    public override RuleScope Scope => RuleScope.Body;

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
