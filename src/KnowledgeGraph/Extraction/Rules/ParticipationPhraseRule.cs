using static KnowledgeGraph.Extraction.ClauseAnalyzer;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// "The summit was held in Astana, with attendance by A, B and C", "the forum opened with the participation of A and B": the
/// states, bodies and persons listed after the phrase took part in the gathering the sentence names before it. Without a
/// gathering earlier in the sentence nothing is proposed.
/// </summary>
internal sealed class ParticipationPhraseRule : RelationRule
{
    public override string Name => "participation-phrase";

    public override double BaseConfidence => 0.65;

    public override string Pattern => "\"the X summit ..., with attendance by A, B and C\", \"... with the participation of A and B\": each listed participant-in the summit";

    public override IEnumerable<string> Types(TriggerLexicon lexicon) => lexicon.TypesOf("attend");

    public override RuleScope Scope => RuleScope.Body;

    /// <inheritdoc/>
    public override void Apply(RuleContext context)
    {
        var (run, view) = (context.Run, context.View);
        if (run.Model.Lexicon.Concept("attend") is not { } attend || run.Model.EventKind is not { } eventKind)
        {
            return;
        }

        for (var k = 1; k + 2 < view.Tokens.Length; k++)
        {
            // "with attendance by", "with the participation of", "with participation from".
            var noun = view.Key(k + 1) == "the" ? k + 2 : k + 1;
            if (view.Key(k) != "with" || view.Key(noun) is not ("attendance" or "participation") || view.Key(noun + 1) is not ("by" or "of" or "from"))
            {
                continue;
            }

            var gathering = view.Mentions.LastOrDefault(m => m.Last < k && m.CanBeArgument && run.Entity(m.EntityId)?.Kind == eventKind);
            if (gathering is null)
            {
                continue;
            }

            var modality = new ModalitySpan(k, noun, ClauseStart(view, gathering.First));
            var time = run.TimeNear(view, k);
            foreach (var m in Coordinated(view, noun + 2, view.Tokens.Length - 1))
            {
                if (run.Entity(m.EntityId) is { } e && (e.Kind == run.Model.StateKind || e.Kind == run.Model.OrganizationKind || run.Model.IsPersonKind(e.Kind)))
                {
                    TriggerFrameRule.EmitResolved(run, view, context.Paragraph, attend, e.Id, gathering.EntityId, modality, time, gathering.First, m.Last,
                        BaseConfidence * m.Confidence, Name, view.Text(k, noun + 1));
                }
            }
        }
    }
}
