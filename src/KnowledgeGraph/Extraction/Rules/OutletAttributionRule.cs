namespace KnowledgeGraph.Extraction;

/// <summary>
/// "Pashinyan said he will not go to Minsk, News.am reported.", "said Peskov, according to the Tass news agency", "The
/// daily Neutral Turkmenistan said that Berdymukhamedov welcomed the deal": the outlet a sentence is attributed to
/// reported on what the sentence is about: the event it names, else its first named person.
/// </summary>
internal sealed class OutletAttributionRule : RelationRule
{
    public override string Name => "outlet-attribution";

    public override double BaseConfidence => 0.6;

    public override string Pattern => "\", X reported.\", \"according to X\", \"the daily X said that ...\" with X an outlet: X reported-on the sentence's event, else its first named person";

    public override IEnumerable<string> Types(TriggerLexicon lexicon) => lexicon.Citation.ReportedOn;

    public override RuleScope Scope => RuleScope.Body;

    /// <inheritdoc/>
    public override void Apply(RuleContext context)
    {
        var (run, view) = (context.Run, context.View);
        foreach (var m in view.Mentions.ToList())
        {
            if (run.Entity(m.EntityId) is not { } outlet || outlet.Kind != run.Model.OutletKind || !Attributes(view, m))
            {
                continue;
            }

            // An event the sentence reports comes first ("a signing ceremony took place ..., UzA reported"), else the first person.
            // A process is no such event ("a joint appeal to close the Minsk process, X reports" reports the appeal).
            bool Outside(EntityMention p) => p.EntityId != outlet.Id && p.CanBeArgument && (p.Last < m.First || p.First > m.Last);
            var person = view.Mentions.FirstOrDefault(p => Outside(p) && run.Entity(p.EntityId) is { } e && e.Kind == run.Model.EventKind && !WordLists.IsProcessName(e.Name))
                ?? view.Mentions.FirstOrDefault(p => Outside(p) && run.Entity(p.EntityId) is { } e && run.Model.IsPersonKind(e.Kind));
            if (person is null || run.Entity(person.EntityId) is not { } about)
            {
                continue;
            }

            run.Structural(view, context.Paragraph, run.Model.Lexicon.Citation.ReportedOn, ["report"], outlet, about, null,
                Math.Min(m.First, person.First), Math.Max(m.Last, person.Last), BaseConfidence * Math.Min(m.Confidence, person.Confidence), Name);
        }
    }

    /// <summary>Whether the outlet mention is the sentence's source: after "according to", or before a reporting verb that ends or opens the sentence.</summary>
    private static bool Attributes(SentenceView view, EntityMention m)
    {
        var before = m.First - 1;
        while (before > 0 && (view.Key(before) is "the" or "a" || (!view.Tokens[before].IsCapitalized && view.Tokens[before].Kind == TokenKind.Word
            && !WordLists.Prepositions.Contains(view.Key(before)) && view.Key(before) is not ("to" or "and"))) && m.First - before <= 4)
        {
            before--;
        }

        if (view.Key(before) == "to" && view.Key(before - 1) == "according")
        {
            return true;
        }

        var after = m.Last + 1;
        while (after < view.Tokens.Length && view.Key(after) is "news" or "agency" or "newspaper" or "daily" or "outlet" or "channel" or "television" or "radio")
        {
            after++;
        }

        if (view.Key(after) is not ("reported" or "said" or "reports" or "says" or "wrote" or "quoted" or "cited"))
        {
            return false;
        }

        // Trailing (", News.am reported.") or opening ("The daily X said that ...").
        var trailing = view.Key(before) == "," && view.Key(after + 1) is "." or "on" or "" or "”" or "\"";
        var opening = before <= 1 && view.Key(after + 1) == "that";
        return trailing || opening;
    }
}
