using static KnowledgeGraph.Extraction.ClauseAnalyzer;

namespace KnowledgeGraph.Extraction;

/// <summary>"The 3+3 format (involving A, B and C)": each listed party is a member of the group.</summary>
internal sealed class ListMembershipRule : RelationRule
{
    public override string Name => "list-membership";

    public override double BaseConfidence => 0.8;

    public override string Pattern => "a group name followed by a member list: \"the X Council (involving A, B and C)\", \"the X bloc, which includes A and B\", \"the Y Union, a bloc comprising five states, including A\", \"X is a bloc of ten countries: A, B, ...\"; possessed-member (0.75) \"the alliance's leading member, Russia\"";

    public override IEnumerable<string> Types(TriggerLexicon lexicon) => lexicon.NameParties.Values.SelectMany(t => t);

    public override RuleScope Scope => RuleScope.Body;

    /// <inheritdoc/>
    public override void Apply(RuleContext context)
    {
        ListMembershipRelations(context.Run, context.View, context.Paragraph);
    }

    /// <summary>The membership cue starting at a token: the lexicon's ("involving", "including") and the verb forms that say who a group is made of.</summary>
    private static string? Cue(DocumentRun run, SentenceView view, int k) =>
        view.Key(k) == ":" && view.Key(k - 1) is "countries" or "states" or "nations" or "members" or "economies" ? ":" // "a bloc of ten countries: A, B, ..."
            : run.Model.Lexicon.ListMembership.Concat(MemberVerbs).FirstOrDefault(w => KeysAt(view.Tokens, k, Tokenizer.Keys(w)));

    /// <summary>The first token after "besides", "in addition to", "apart from" or "alongside" at <paramref name="k"/>, or -1.</summary>
    private static int AsideOpener(SentenceView view, int k) => view.Key(k) switch
    {
        "alongside" => k + 1,
        "apart" or "aside" when view.Key(k + 1) == "from" => k + 2,
        _ => AdditionEnd(view, k),
    };

    private static readonly string[] MemberVerbs =
    [
        "includes", "include", "included", "comprises", "comprise", "comprised", "consists of", "consist of", "is made up of",
        "brings together", "unites", "members include", "members are", "whose members are", "member states are", "members such as",
    ];

    /// <summary>The members named after "X's (leading) member(s)", with or without a comma.</summary>
    private static List<EntityMention> PossessedMembers(SentenceView view, EntityMention group)
    {
        var k = group.Last + 1;
        if (view.Key(k) is not ("'s" or "’s"))
        {
            return [];
        }

        k++;
        if (view.Key(k) is not ("member" or "members") && !view.Tokens[Math.Min(k, view.Tokens.Length - 1)].IsCapitalized && view.Key(k + 1) is "member" or "members")
        {
            k++; // "the alliance's leading member"
        }

        if (view.Key(k) is not ("member" or "members"))
        {
            return [];
        }

        k++;
        if (view.Key(k) is "state" or "states" or "country" or "countries")
        {
            k++;
        }

        if (view.Key(k) == ",")
        {
            k++;
        }

        return Coordinated(view, k, Math.Min(view.Tokens.Length - 1, k + 10));
    }

    private static void ListMembershipRelations(DocumentRun run, SentenceView view, Paragraph paragraph)
    {
        foreach (var m in view.Mentions)
        {
            if (run.Entity(m.EntityId) is not { } group || !run.Model.Lexicon.NameParties.TryGetValue(group.Kind, out var types))
            {
                continue;
            }

            // "The EU, unlike NATO, includes Austria": a group inside a comparison is not the one whose members follow.
            if (view.Key(view.Key(m.First - 1) == "the" ? m.First - 2 : m.First - 1) is "unlike" or "like" or "than" or "besides")
            {
                continue;
            }

            // "the alliance's leading member, Russia", "the bloc's members Armenia and Belarus".
            if (PossessedMembers(view, m) is { Count: > 0 } possessed)
            {
                foreach (var member in possessed)
                {
                    if (run.Entity(member.EntityId) is { } e && e.Id != group.Id)
                    {
                        run.Structural(view, paragraph, types, ["member", "particip", "party"], e, group, new ModalitySpan(m.First, m.Last, ClauseStart(view, m.First)),
                            m.First, member.Last, 0.75, "possessed-member");
                    }
                }

                continue;
            }

            // "the CSTO, which also includes A, B and C", "the EEU, an economic bloc of five former Soviet republics,
            // including Armenia": the cue follows the group within a short description of it.
            var k = m.Last + 1;
            while (k < view.Tokens.Length && k - m.Last <= 10 && Cue(run, view, k) is null
                && (view.MentionAt(k) is not { } other || other.EntityId == m.EntityId || !other.CanBeArgument
                    || view.Key(other.First - 1) == "by" || view.Key(other.Last + 1) == "-") // "the CSTO, led by Russia, includes", "a Russia-led bloc"
                && view.Key(k) is not ("." or ";" or ":")
                && !(view.Tokens[k].IsCapitalized && view.Tokens[k].Kind == TokenKind.Word && view.Key(k - 1) != "-" && view.MentionAt(k) is null))
            {
                k++;
            }

            var cue = Cue(run, view, k);
            if (cue is null || (group.Kind == run.Model.AgreementKind && !run.Model.Lexicon.ListMembership.Contains(cue)))
            {
                continue;
            }

            var from = k + Tokenizer.Keys(cue).Length;

            // "made up of six former Soviet republics, including Armenia": a counted class, then the named members.
            var countedClass = view.MentionStartingAt(from) is null && (view.Tokens[from < view.Tokens.Length ? from : 0].Kind == TokenKind.Number || WordLists.Quantifiers.Contains(view.Key(from)));
            if (countedClass)
            {
                var next = Enumerable.Range(from, Math.Max(0, Math.Min(view.Tokens.Length, from + 8) - from)).FirstOrDefault(j => Cue(run, view, j) is not null, -1);
                if (next < 0)
                {
                    continue;
                }

                from = next + Tokenizer.Keys(Cue(run, view, next)!).Length;
            }

            // "whose members are, besides A and B, C, D and E": the aside names members too.
            var members = new List<EntityMention>();
            if (view.Key(from) == "," && AsideOpener(view, from + 1) is var asideFrom and > 0)
            {
                var aside = Coordinated(view, asideFrom, view.Tokens.Length - 1);
                members.AddRange(aside);
                from = aside.Count > 0 && view.Key(aside[^1].Last + 1) == "," ? aside[^1].Last + 2 : from;
            }

            members.AddRange(Coordinated(view, from, view.Tokens.Length - 1));
            var modalityCue = new ModalitySpan(m.First, m.Last, ClauseStart(view, m.First));
            foreach (var member in members)
            {
                if (run.Entity(member.EntityId) is { } e)
                {
                    run.Structural(view, paragraph, types, ["member", "particip", "party"], e, group, modalityCue, m.First, member.Last, 0.8, "list-membership");
                }
            }
        }
    }
}
