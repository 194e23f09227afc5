namespace KnowledgeGraph.Extraction;

/// <summary>
/// Official readouts list attendees one per paragraph after a line such as "The Summit was attended by:": each list item
/// ("Kazakhstan – the President Kassym-Jomart Tokayev;") names a person who took part in the event. The list ends at the
/// first item closed by a full stop, or at a paragraph that is no short item with a person in it.
/// </summary>
internal sealed class AttendanceListRule : RelationRule
{
    public override string Name => "attendance-list";

    public override double BaseConfidence => 0.7;

    public override string Pattern => "\"The Summit was attended by:\" followed by one short paragraph per attendee (\"Kyrgyzstan – the President Sadyr Japarov;\"): each person participant-in the event";

    public override IEnumerable<string> Types(TriggerLexicon lexicon) => lexicon.TypesOf("attend");

    public override RuleScope Scope => RuleScope.Body;

    /// <inheritdoc/>
    public override void Apply(RuleContext context)
    {
        var (run, view) = (context.Run, context.View);
        var tokens = view.Tokens;
        var paragraph = view.Sentence.Paragraph;
        if (tokens.Length < 2 || run.Model.EventKind is not { } eventKind)
        {
            return;
        }

        var lastKey = view.Key(tokens.Length - 1);
        if (lastKey == ":")
        {
            // "The Summit was attended by:", "Taking part in the meeting were:"
            var announces = Enumerable.Range(0, tokens.Length).Any(k => view.Key(k) is "attended" or "attendance" or "participants" || (view.Key(k) == "part" && view.Key(k - 1) is "took" or "taking"));
            var ev = view.Mentions.LastOrDefault(m => run.Entity(m.EntityId)?.Kind == eventKind);
            run.AttendanceList = announces && ev is not null ? (ev.EntityId, paragraph) : null;
            return;
        }

        if (run.AttendanceList is not { } list || paragraph <= list.Paragraph)
        {
            return;
        }

        // An item is its paragraph's only sentence, short, ending in ";" or "." (the last item), with a person in it.
        var item = context.Paragraph.Sentences.Length == 1 && tokens.Length <= 45 && lastKey is ";" or "." or "," && paragraph == list.Paragraph + 1;
        var person = view.Mentions.LastOrDefault(m => run.Entity(m.EntityId) is { } e && run.Model.IsPersonKind(e.Kind));
        if (!item || person is null || run.Entity(person.EntityId) is not { } attendee || run.Entity(list.EventId) is not { } ev2)
        {
            run.AttendanceList = null;
            return;
        }

        if (run.Model.Lexicon.Concept("attend") is { } attend)
        {
            TriggerFrameRule.EmitResolved(run, view, context.Paragraph, attend, attendee.Id, ev2.Id, null, null, person.First, person.Last,
                BaseConfidence * person.Confidence, Name, string.Empty);
        }

        // The list goes on while its items end in ";" (or ","); a full stop closes it.
        run.AttendanceList = lastKey == "." ? null : (list.EventId, paragraph);
    }
}
