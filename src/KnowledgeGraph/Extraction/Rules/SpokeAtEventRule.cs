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

    public override string Pattern => "\"A announced on October 21 during the session of X in Astana\", \"A said at the summit that ...\", \"..., said A at the meeting\": the speaker of a reporting verb next to the phrase took part in the gathering; spoke-at-event-fronted: \"At the summit, A and B announced ...\": the persons who are the subjects after a fronted \"at\" phrase took part";

    public override IEnumerable<string> Types(TriggerLexicon lexicon) => lexicon.TypesOf("attend");

    public override RuleScope Scope => RuleScope.Body;

    /// <summary>
    /// The persons that open the clause at <paramref name="start"/> as its subjects ("the two leaders", "A and B"), when a
    /// verb follows them; none for a clause that opens with anything else.
    /// </summary>
    private static List<EntityMention> FrontedSubjects(DocumentRun run, SentenceView view, int start)
    {
        if (view.MentionStartingAt(start) is not { } opening)
        {
            return [];
        }

        // Several mentions may share the opening span ("the two leaders" stands for both).
        var subjects = view.Mentions.Where(m => m.First == opening.First && m.Last == opening.Last).ToList();
        if (subjects.Count == 1)
        {
            subjects = Coordinated(view, start, view.Tokens.Length - 1);
        }

        var end = subjects.Count == 0 ? -1 : subjects.Max(m => m.Last);
        var next = view.Key(end + 1) is "also" or "then" or "jointly" ? end + 2 : end + 1;
        var verbFollows = next < view.Tokens.Length && view.Tokens[next] is { Kind: TokenKind.Word, IsCapitalized: false } && !WordLists.Prepositions.Contains(view.Key(next))
            && view.Key(next) is not ("and" or "or" or "who" or "which" or "that");
        return verbFollows ? [.. subjects.Where(m => m.CanBeArgument && run.Entity(m.EntityId) is { } e && run.Model.IsPersonKind(e.Kind))] : [];
    }

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

            // "At the Astana summit, A and B signed ...": a fronted phrase, the subjects after its comma.
            if (view.Key(at) == "at" && (at == 0 || view.Key(at - 1) == ",") && view.Key(gathering.Last + 1) == ",")
            {
                foreach (var subject in FrontedSubjects(run, view, gathering.Last + 2))
                {
                    TriggerFrameRule.EmitResolved(run, view, context.Paragraph, attend, subject.EntityId, e.Id, null, run.TimeNear(view, at),
                        at, Math.Max(gathering.Last, subject.Last), BaseConfidence * Math.Min(subject.Confidence, gathering.Confidence), Name + "-fronted", view.Tokens[at].Text);
                }

                continue;
            }

            // "..., said Deputy Prime Minister A at the meeting": the speaker named after the reporting verb, right before the phrase.
            if (view.MentionAt(at - 1) is { CanBeArgument: true } after && after.Last == at - 1 && run.Entity(after.EntityId) is { } afterSpeaker
                && run.Model.IsPersonKind(afterSpeaker.Kind) && WordLists.SpeechVerbs.Contains(view.Key(SkipTitle(view, after.First - 1))))
            {
                TriggerFrameRule.EmitResolved(run, view, context.Paragraph, attend, after.EntityId, e.Id, null, run.TimeNear(view, at),
                    after.First, gathering.Last, BaseConfidence * Math.Min(after.Confidence, gathering.Confidence), Name, view.Tokens[at].Text);
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
