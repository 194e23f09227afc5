using static KnowledgeGraph.Extraction.ClauseAnalyzer;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// "Azerbaijan, the host of COP29, ...", "Kazakhstan, as host of the summit, ...", "Turkey will be the host of the summit",
/// "Azerbaijan's plans as the host country of COP29": the one the noun "host" is said of (by apposition, a copula,
/// or "as" after its possessive) hosted the event named after "of".
/// </summary>
internal sealed class HostOfEventRule : RelationRule
{
    /// <summary>Nouns that may follow "host" before "of": "the host country of", "the host city of".</summary>
    private static readonly HashSet<string> HostHeads = new(StringComparer.Ordinal) { "country", "nation", "city", "state", "government" };

    public override string Name => "host-of-event";

    public override double BaseConfidence => 0.7;

    public override string Pattern => "\"A, the host of X\", \"A, as host of X\", \"A will be the host of X\", \"A's plans as the host country of X\": A hosted the event X; event-guest \"X hosted by A with B and C\": B and C took part in X";

    public override IEnumerable<string> Types(TriggerLexicon lexicon) => lexicon.TypesOf("host").Concat(lexicon.TypesOf("attend"));

    public override RuleScope Scope => RuleScope.Body;

    /// <inheritdoc/>
    public override void Apply(RuleContext context)
    {
        var (run, view) = (context.Run, context.View);
        if (run.Model.Lexicon.Concept("host") is not { } host)
        {
            return;
        }

        for (var k = 1; k < view.Tokens.Length - 2; k++)
        {
            if (view.Key(k) != "host" || view.Tokens[k].IsCapitalized || view.MentionAt(k) is not null || EventAfter(run, view, k) is not { } hosted)
            {
                continue;
            }

            // The words that open the noun phrase: "the host", "as host", "as the host".
            var start = view.Key(k - 1) is "the" or "a" ? k - 1 : k;
            start = view.Key(start - 1) == "as" ? start - 1 : start;
            if (start == k)
            {
                continue; // a bare "host" is a verb ("will host the summit"), which the trigger frames read
            }

            if (HostBefore(view, start) is not { } holder || run.Entity(holder.EntityId) is not { } entity || entity.Kind == run.Model.EventKind)
            {
                continue;
            }

            var modality = new ModalitySpan(k, k, ClauseStart(view, holder.First));
            TriggerFrameRule.EmitResolved(run, view, context.Paragraph, host, holder.EntityId, hosted.EntityId, modality, run.TimeNear(view, k),
                holder.First, hosted.Last, BaseConfidence * Math.Min(holder.Confidence, hosted.Confidence), Name, view.Tokens[k].Text);
        }

        GuestsOfHostedEvent(context);
    }

    /// <summary>
    /// "the forum at the palace hosted by X with A and B": the ones the host received at the event took part in it.
    /// The host's own relation comes from the trigger frames ("hosted by X").
    /// </summary>
    private static void GuestsOfHostedEvent(RuleContext context)
    {
        var (run, view) = (context.Run, context.View);
        if (run.Model.Lexicon.Concept("attend") is not { } attend)
        {
            return;
        }

        for (var k = 1; k < view.Tokens.Length - 3; k++)
        {
            if (view.Key(k) != "hosted" || view.Key(k + 1) != "by" || HostAt(run, view, view.Key(k + 2) == "the" ? k + 3 : k + 2) is not { } hostMention
                || view.Key(hostMention.Last + 1) != "with" || EventBeforeHosted(run, view, k) is not { } hosted)
            {
                continue;
            }

            var guests = new List<EntityMention>();
            for (var g = hostMention.Last + 2; g < view.Tokens.Length && HostAt(run, view, g) is { } guest; )
            {
                guests.Add(guest);
                g = guest.Last + 1;
                if (view.Key(g) == ",")
                {
                    g++;
                }

                if (view.Key(g) == "and")
                {
                    g++;
                }
                else if (view.Key(g - 1) != ",")
                {
                    break;
                }
            }

            var modality = new ModalitySpan(k, k, ClauseStart(view, hosted.First));
            foreach (var guest in guests.Where(g => g.EntityId != hostMention.EntityId && run.Entity(g.EntityId)?.Kind != run.Model.EventKind))
            {
                TriggerFrameRule.EmitResolved(run, view, context.Paragraph, attend, guest.EntityId, hosted.EntityId, modality, run.TimeNear(view, k),
                    hosted.First, guest.Last, 0.7 * Math.Min(guest.Confidence, hosted.Confidence), "event-guest", view.Tokens[k].Text);
            }
        }
    }

    /// <summary>
    /// The one named at <paramref name="at"/>: a person with the title before the name, also when a state's name opens the
    /// title ("US President X"); null when no argument starts there.
    /// </summary>
    private static EntityMention? HostAt(DocumentRun run, SentenceView view, int at)
    {
        if (PersonAt(view, at) is not { CanBeArgument: true } named)
        {
            return null;
        }

        return run.Entity(named.EntityId)?.Kind == run.Model.StateKind && PersonAt(view, named.Last + 1) is { CanBeArgument: true } titled
            && run.Entity(titled.EntityId) is { } person && run.Model.IsPersonKind(person.Kind) ? titled : named;
    }

    /// <summary>The event right before "hosted", perhaps with its place between ("the forum in the old palace hosted by"); null if none.</summary>
    private static EntityMention? EventBeforeHosted(DocumentRun run, SentenceView view, int hosted)
    {
        for (var k = hosted - 1; k >= Math.Max(0, hosted - 6); k--)
        {
            if (view.MentionAt(k) is { } m && m.Last == k)
            {
                if (run.Entity(m.EntityId)?.Kind == run.Model.EventKind)
                {
                    return m;
                }

                k = m.First; // a place of the event: "at the White House", "in Baku"
                continue;
            }

            if (view.Key(k) is not ("at" or "in" or "the") && view.Tokens[k] is not { Kind: TokenKind.Word, IsCapitalized: true })
            {
                return null; // (a place the text names without an entity: "in the Old Palace")
            }
        }

        return null;
    }

    /// <summary>The event named after "host" ("host of COP29", "host and chair country of the summit"); null if none.</summary>
    private static EntityMention? EventAfter(DocumentRun run, SentenceView view, int k)
    {
        var j = k + 1;
        if (view.Key(j) == "and" && view.Key(j + 1) is "chair" or "chairman" or "organizer" or "organiser")
        {
            j += 2;
        }

        j = HostHeads.Contains(view.Key(j)) ? j + 1 : j;
        if (view.Key(j) != "of")
        {
            return null;
        }

        // The event may start at a determiner or a word of time ("the next summit"), or after them.
        for (var at = j + 1; at <= j + 3; at++)
        {
            if (view.MentionStartingAt(at) is { } m && run.Entity(m.EntityId)?.Kind == run.Model.EventKind)
            {
                // "the host of COP29's closing dinner" hosts the dinner, not the conference.
                return m.Last + 1 < view.Tokens.Length && view.Tokens[m.Last + 1].Kind == TokenKind.Possessive ? null : m;
            }

            if (view.Key(at) is not ("the" or "this" or "next" or "upcoming" or "forthcoming" or "last"))
            {
                break;
            }
        }

        return null;
    }

    /// <summary>
    /// Who the host phrase starting at <paramref name="start"/> is said of: the name right before its comma ("A, the host of"),
    /// the subject right before a copula ("A will be the host of"), or the possessor of one or two words right before "as" ("A's
    /// plans as the host"); null otherwise.
    /// </summary>
    private static EntityMention? HostBefore(SentenceView view, int start)
    {
        if (view.Key(start - 1) == "," && view.MentionAt(start - 2) is { CanBeArgument: true } apposed && apposed.Last == start - 2)
        {
            return apposed;
        }

        // "Turkey will be the host of the next summit", "Azerbaijan was the host of COP29": the subject of the copula.
        var copula = start - 1;
        if (view.Key(copula) == "be" && view.Key(copula - 1) is "will" or "would" or "could" or "may" or "might")
        {
            copula -= 1;
        }

        if (view.Key(start - 1) is "is" or "was" or "be" && view.MentionAt(copula - 1) is { CanBeArgument: true } subject && subject.Last == copula - 1)
        {
            return subject;
        }

        if (view.Key(start) != "as")
        {
            return null;
        }

        for (var p = start - 2; p >= Math.Max(1, start - 3); p--)
        {
            if (view.Tokens[p].Kind == TokenKind.Possessive && view.MentionAt(p - 1) is { CanBeArgument: true } owner && owner.Last == p - 1
                && Enumerable.Range(p + 1, start - p - 1).All(w => view.Tokens[w] is { Kind: TokenKind.Word, IsCapitalized: false } && view.MentionAt(w) is null))
            {
                return owner;
            }
        }

        return null;
    }
}
