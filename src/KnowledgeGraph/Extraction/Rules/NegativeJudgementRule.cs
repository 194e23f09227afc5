using static KnowledgeGraph.Extraction.ClauseAnalyzer;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// "Kobakhidze said PACE's decision was absurd", "Japarov insists that US sanctions against the bank are groundless",
/// "France's supply of weapons to Armenia poses a threat, Aliyev said": a speaker who calls another's act by a word of
/// blame criticizes the one whose act it is (its owner, its author after "by", or the actor it opens with).
/// </summary>
internal sealed class NegativeJudgementRule : RelationRule
{
    /// <summary>Verbs that bring a speaker's judgement.</summary>
    private static readonly HashSet<string> JudgingVerbs = new(StringComparer.Ordinal)
    {
        "said", "says", "stated", "insisted", "insists", "called", "calls", "labeled", "labelled", "described", "branded", "termed",
        "argued", "argues", "declared", "stressed", "emphasized", "emphasised", "added", "noted", "claimed", "wrote", "told", "remarked",
    };

    /// <summary>Participles of speech that open a reported clause of their own: "..., warning that X could undermine Y".</summary>
    private static readonly HashSet<string> SpeechParticiples = new(StringComparer.Ordinal)
    {
        "warning", "saying", "noting", "adding", "stressing", "arguing", "claiming", "insisting", "stating", "emphasizing", "emphasising",
    };

    /// <summary>Words of blame (folded), as one word or the first of two.</summary>
    private static readonly HashSet<string> BlameWords = new(StringComparer.Ordinal)
    {
        "absurd", "unacceptable", "groundless", "baseless", "unfounded", "detrimental", "destructive", "provocative", "provocation",
        "hostile", "illegitimate", "counterproductive", "irresponsible", "biased", "fabricated", "blackmail", "unfriendly",
        "regrettable", "deplorable", "outrageous", "shameful", "cynical", "hypocritical", "terrorism", "undermines", "undermine",
        "undermining", "absurdity", "lies",
    };

    /// <inheritdoc/>
    public override string Name => "negative-judgement";

    /// <inheritdoc/>
    public override double BaseConfidence => 0.6;

    /// <inheritdoc/>
    public override string Pattern => "\"A said B's decision was absurd\", \"A insists that B's sanctions are groundless\", \"B's move is detrimental, A said\": a word of blame for B's act → A criticized B";

    /// <inheritdoc/>
    public override IEnumerable<string> Types(TriggerLexicon lexicon) => lexicon.TypesOf("criticize");

    /// <inheritdoc/>
    public override RuleScope Scope => RuleScope.Body;

    /// <inheritdoc/>
    public override void Apply(RuleContext context)
    {
        var (run, view) = (context.Run, context.View);
        if (run.Model.Lexicon.Concept("criticize") is not { } criticize || view.IsHeading)
        {
            return;
        }

        var blame = Enumerable.Range(0, view.Tokens.Length).FirstOrDefault(k => IsBlameAt(view, k) && view.MentionAt(k) is null, -1);
        if (blame < 0)
        {
            return;
        }

        for (var verb = 1; verb < view.Tokens.Length; verb++)
        {
            if (!JudgingVerbs.Contains(view.Key(verb)) || view.MentionAt(verb) is not null)
            {
                continue;
            }

            // The judge: the sentence's subject right before the verb, with the judged words after it; or a closing
            // "..., A said." with them before.
            EntityMention? judge;
            int from, to;
            var before = verb - 1;
            if (view.Key(before) == "," && Enumerable.Range(0, before).LastOrDefault(k => view.Key(k) == ",", -1) is var open and > 0 && before - open <= 10
                && view.Key(open + 1) is "in" or "on" or "speaking" or "according" or "during")
            {
                before = open - 1; // "X, in an interview on Monday, called ..."
            }

            before = BeforeAuxiliaries(view, before + 1);

            if (before >= 0 && view.MentionAt(before) is { CanBeArgument: true } m && m.Last == before && IsActor(run, m) && blame > verb
                && (m.First == 0 || !WordLists.Prepositions.Contains(view.Key(m.First - 1)) && !view.Mentions.Any(x => x.CanBeArgument && x.Last < m.First && !IsTitleOf(view, x, m))))
            {
                (judge, from, to) = (m, verb + 1, view.Tokens.Length - 1);
            }
            else if (view.Key(verb - 1) == "," && view.MentionStartingAt(verb + 1) is { CanBeArgument: true } after && IsActor(run, after) && blame < verb)
            {
                (judge, from, to) = (after, 0, verb - 2);
            }
            else if (before >= 1 && view.MentionAt(before) is { CanBeArgument: true } late && late.Last == before && IsActor(run, late) && view.Key(late.First - 1) == "," && blame < late.First)
            {
                (judge, from, to) = (late, 0, late.First - 2);
            }
            else
            {
                continue;
            }

            if (Judged(run, view, from, Math.Min(to, view.Tokens.Length - 1), judge, blame) is not { Count: > 0 } judgedList || run.Entity(judge.EntityId) is not { } j)
            {
                continue;
            }

            foreach (var judged in judgedList)
            {
                if (run.Entity(judged.EntityId) is { } t && !run.Model.IsOfficialOf(j, t) && t.Id != j.Id)
                {
                    TriggerFrameRule.EmitResolved(run, view, context.Paragraph, criticize, j.Id, t.Id, new ModalitySpan(verb, verb, ClauseStart(view, judge.First)), null,
                        Math.Min(judge.First, judged.First), Math.Max(judge.Last, Math.Max(judged.Last, blame)), BaseConfidence * Math.Min(judge.Confidence, judged.Confidence), Name, view.Tokens[blame].Text);
                }
            }

            return;
        }
    }

    /// <summary>A word of blame, or a phrase of one: "politically motivated", "poses a (serious) threat", "does not correspond to reality".</summary>
    private static bool IsBlameAt(SentenceView view, int k) =>
        BlameWords.Contains(view.Key(k))
        || (view.Key(k) == "motivated" && view.Key(k - 1) == "politically")
        || (view.Key(k) is "threat" or "threats" && Enumerable.Range(Math.Max(0, k - 3), Math.Min(3, k)).Any(j => view.Key(j) is "poses" or "pose" or "posing" or "posed"))
        || (view.Key(k) == "reality" && view.Key(k - 1) == "to" && view.Key(k - 2) is "correspond" or "corresponds");

    /// <summary>Whether a mention before another only states its title ("Georgia's Prime Minister Irakli Kobakhidze").</summary>
    private static bool IsTitleOf(SentenceView view, EntityMention x, EntityMention holder) =>
        view.Titles.Any(t => t.Person is { } p && p.First == holder.First && t.First <= x.First + 2 && x.First >= Math.Max(0, t.First - 3));

    /// <summary>
    /// Whose act the judged words are about: the first actor that owns a noun ("PACE's decision", "France's supply"), that
    /// authors one ("the measures announced by A, B and C": each), or that demonyms name ("American and British
    /// sanctions": each), else none. The act comes before the word of blame at <paramref name="blame"/>, with no participle of
    /// speech between them that opens a clause of its own ("Tehran's position ... and warning that such projects could
    /// undermine ..." blames the projects, not Tehran).
    /// </summary>
    private static List<EntityMention>? Judged(DocumentRun run, SentenceView view, int from, int to, EntityMention judge, int blame)
    {
        foreach (var m in view.Mentions.Where(x => x.First >= from && x.Last <= to && x.EntityId != judge.EntityId && x.Last < blame
            && !Enumerable.Range(x.Last + 1, blame - x.Last - 1).Any(k => SpeechParticiples.Contains(view.Key(k)))))
        {
            if (!(m.CanBeArgument || m.Form == FormKind.Demonym) || !(IsActor(run, m) || (m.Form == FormKind.Demonym && run.Entity(m.EntityId) is { } d && d.Kind == run.Model.StateKind)))
            {
                continue;
            }

            var owner = view.Tokens.Length > m.Last + 1 && view.Tokens[m.Last + 1].Kind == TokenKind.Possessive;
            var article = view.Key(m.First - 1) == "the" ? m.First - 1 : m.First;
            var author = (view.Key(article - 1) == "by" && view.Key(article - 2) is "announced" or "imposed" or "made" or "adopted" or "introduced" or "taken" or "issued")
                || (view.Key(article - 1) == "from" && IsLowercaseNounAt(view, article - 2)); // "military aid from the European Union"
            var demonym = m.Form == FormKind.Demonym;
            if (owner || author)
            {
                return author ? Coordinated(view, m.First, to) : [m]; // "announced by Britain, France and Germany"
            }

            if (demonym)
            {
                // "American and British sanctions": each demonym of the list.
                var list = new List<EntityMention> { m };
                var k = m.Last + 1;
                while (view.Key(k) is "and" or "," && view.MentionStartingAt(k + 1) is { Form: FormKind.Demonym } next)
                {
                    list.Add(next);
                    k = next.Last + 1;
                }

                if (IsLowercaseNounAt(view, k))
                {
                    return list;
                }
            }
        }

        return null;
    }
}
