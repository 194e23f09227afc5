using static KnowledgeGraph.Extraction.ClauseAnalyzer;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// "Aliyev announced on 21 October, during the second session of a council in Astana, that ...", "Pashinyan said at the
/// summit that ...": the speaker of the reporting verb right before the phrase took part in the gathering.
/// </summary>
internal sealed class SpokeAtEventRule : RelationRule
{
    /// <summary>Heads of gatherings a person attends (not wars or crises, which "during" only dates).</summary>
    private static readonly HashSet<string> GatheringHeads = new(StringComparer.Ordinal)
    {
        "summit", "session", "meeting", "conference", "forum", "ceremony", "congress", "assembly", "inauguration", "talks", "council",
    };

    public override string Name => "spoke-at-event";

    public override double BaseConfidence => 0.6;

    public override string Pattern => "\"A announced on October 21 during the session of X in Astana\", \"A said at the summit that ...\": the speaker of a reporting verb right before the phrase took part in the gathering";

    public override IEnumerable<string> Types(TriggerLexicon lexicon) => lexicon.TypesOf("attend");

    public override RuleScope Scope => RuleScope.Body;

    /// <inheritdoc/>
    public override void Apply(RuleContext context)
    {
        var (run, view) = (context.Run, context.View);
        if (run.Model.Lexicon.Concept("attend") is not { } attend)
        {
            return;
        }

        foreach (var gathering in view.Mentions.ToList())
        {
            var at = view.Key(gathering.First - 1) == "the" ? gathering.First - 2 : gathering.First - 1;
            if (view.Key(at) is not ("during" or "at") || run.Entity(gathering.EntityId) is not { } e || e.Kind != run.Model.EventKind
                || !TextFold.Fold(e.Name).Split(' ', '-').Any(GatheringHeads.Contains))
            {
                continue;
            }

            // The speaker of the reporting verb before the phrase ("A announced on October 21 during ..."), within six words.
            var clauseStart = ClauseStart(view, at);
            var verb = Enumerable.Range(Math.Max(clauseStart, at - 6), Math.Max(0, at - Math.Max(clauseStart, at - 6)))
                .LastOrDefault(k => (WordLists.ReportingCues.Contains(view.Key(k)) || WordLists.SpeechVerbs.Contains(view.Key(k))) && view.Key(k) is not ("according" or "reported" or "reportedly"), -1);
            var before = verb - 1;
            while (before > 0 && (view.Key(before) is "has" or "had" or "also" or "then" || view.Key(before).EndsWith("ly", StringComparison.Ordinal)))
            {
                before--;
            }

            if (verb < 0 || view.MentionAt(before) is not { CanBeArgument: true } person || person.Last != before || run.Entity(person.EntityId) is not { } speaker
                || !run.Model.IsPersonKind(speaker.Kind))
            {
                continue;
            }

            TriggerFrameRule.EmitResolved(run, view, context.Paragraph, attend, person.EntityId, e.Id, null, run.TimeNear(view, at),
                person.First, gathering.Last, BaseConfidence * Math.Min(person.Confidence, gathering.Confidence), Name, view.Tokens[at].Text);
        }
    }
}
