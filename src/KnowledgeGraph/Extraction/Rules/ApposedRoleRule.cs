using System.Collections.Frozen;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// A person described in apposition by a role in a body: "Garnik Danielyan, a deputy from the opposition faction X",
/// "Bagrat Galstanyan, the head of the Tavush Diocese", "Dmitry Peskov, the Kremlin spokesman". Membership nouns give
/// member-of; an office noun of the lexicon (head, chairman, spokesman, ...) gives its office relation.
/// </summary>
internal sealed class ApposedRoleRule : RelationRule
{
    /// <summary>Nouns that make a person a member of the body after them.</summary>
    private static readonly FrozenSet<string> MemberNouns = FrozenSet.ToFrozenSet(
        ["member", "deputy", "lawmaker", "legislator", "mp", "parliamentarian", "official", "representative", "diplomat", "officer",
         "employee", "senator", "congressman", "congresswoman", "activist", "leader", "figure"], StringComparer.Ordinal);

    public override string Name => "apposed-role";

    public override double BaseConfidence => 0.75;

    public override string Pattern => "\"X, a deputy from the Y faction\" (member-of), \"X, the head of the Y Diocese\", \"X, the Kremlin spokesman\" (the office of the lexicon's title)";

    public override IEnumerable<string> Types(TriggerLexicon lexicon) =>
        lexicon.NameParties.Values.SelectMany(t => t).Concat(lexicon.Roles.SelectMany(r => r.Types));

    public override RuleScope Scope => RuleScope.Body;

    /// <inheritdoc/>
    public override void Apply(RuleContext context)
    {
        var (run, view) = (context.Run, context.View);
        foreach (var person in view.Mentions.ToList())
        {
            if (view.Key(person.Last + 1) != "," || run.Entity(person.EntityId) is not { } holder || !run.Model.IsPersonKind(holder.Kind))
            {
                continue;
            }

            // ", a/the [former] [Russian] head of the X" within eight tokens, up to the body.
            var k = person.Last + 2;
            if (view.Key(k) is not ("a" or "an" or "the"))
            {
                continue;
            }

            k++;
            EntityMention? before = null;
            var end = Math.Min(view.Tokens.Length - 1, k + 5);
            for (; k <= end; k++)
            {
                if (view.MentionAt(k) is { } m)
                {
                    before = m; // "the Kremlin spokesman", "a Georgian Dream lawmaker"
                    k = m.Last;
                    continue;
                }

                if (MemberNouns.Contains(view.Key(k)) || run.Model.TitleAt(view.Tokens, k) is not null || view.Key(k) is "," or "." or "and")
                {
                    break;
                }

                if (view.Tokens[k].Kind != TokenKind.Word || view.Tokens[k].IsCapitalized || WordLists.Prepositions.Contains(view.Key(k)))
                {
                    k = -1;
                    break;
                }
            }

            if (k < 0 || k > end || view.Key(k) is "," or "." or "and")
            {
                continue;
            }

            var title = run.Model.TitleAt(view.Tokens, k);
            var nounLast = title is null ? k : k + title.Keys.Length - 1;
            var next = nounLast + 1;
            var body = view.Key(next) is "of" or "from" or "at" or "in" or "to"
                ? view.MentionStartingAt(view.Key(next + 1) == "the" ? next + 2 : next + 1)
                : null;
            body ??= before;
            if (body is null || run.Entity(body.EntityId) is not { } place || run.Model.IsPersonKind(place.Kind))
            {
                continue;
            }

            // A person the text gives an office is an official ("Dmitry Peskov, the Kremlin spokesman").
            if (title is not null && holder.IsNew && holder.Kind == run.Model.PersonKind && run.Model.OfficialKind is { } official)
            {
                holder.Kind = official;
            }

            IEnumerable<string> types = title is not null ? title.Role.Types : run.Model.Lexicon.NameParties.GetValueOrDefault(run.Model.OrganizationKind ?? string.Empty, []);
            var type = run.Model.Types.Resolve(types, null, null, [], holder.Kind, place.Kind, out var swap);
            if (type is null)
            {
                continue;
            }

            run.Propose(new ProposedRelation(view, context.Paragraph, swap ? place.Id : holder.Id, swap ? holder.Id : place.Id, type,
                person.First, Math.Max(body.Last, nounLast), BaseConfidence * Math.Min(person.Confidence, body.Confidence), Name, view.Text(k, nounLast), title?.Role.Concept ?? "membership"));
        }
    }
}
