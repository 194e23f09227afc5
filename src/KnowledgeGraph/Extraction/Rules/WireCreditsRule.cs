namespace KnowledgeGraph.Extraction;

/// <summary>
/// The credits line that closes a wire story ("(Reporting by A in Bishkek; Writing by B; Editing by C)"): the reporters and
/// writers wrote for the agency the dateline names ("BISHKEK (Reuters) –"), or for the one outlet the text names. Editors are
/// left out: editing a story is not writing it.
/// </summary>
internal sealed class WireCreditsRule : RelationRule
{
    private static readonly string[] WroteKeywords = ["wrote", "write", "author"];

    public override string Name => "wire-credits";

    public override double BaseConfidence => 0.8;

    public override string Pattern => "a closing credits line \"(Reporting by A; Writing by B; Editing by C)\" in a story whose dateline names an agency: A and B wrote-for the agency";

    public override IEnumerable<string> Types(TriggerLexicon lexicon) => lexicon.Citation.WroteFor;

    public override RuleScope Scope => RuleScope.Body;

    /// <inheritdoc/>
    public override void Apply(RuleContext context)
    {
        var (run, view) = (context.Run, context.View);
        if (!context.Paragraph.Text.TrimStart().StartsWith('(') || run.Model.OutletKind is not { } outletKind
            || !Enumerable.Range(1, Math.Max(0, view.Tokens.Length - 1)).Any(k => IsCredit(view, k)))
        {
            return;
        }

        // The agency: the outlet of the dateline ("BISHKEK (Reuters) –"), else the only outlet the text names.
        var outlets = run.Views.SelectMany(v => v.Mentions.Select(m => (v, m))).Where(x => run.Entity(x.m.EntityId)?.Kind == outletKind && x.v != view).ToList();
        var dateline = outlets.FirstOrDefault(x => x.m.First < 8 && x.v.Key(x.m.First - 1) == "(" && x.v.Key(x.m.Last + 1) == ")");
        var outletId = dateline.m?.EntityId ?? (outlets.Select(x => x.m.EntityId).Distinct().ToList() is [{ } only] ? only : null);
        if (outletId is null || run.Entity(outletId) is not { } outlet)
        {
            return;
        }

        // Each credit runs from its "X by" to the next ";" or ")".
        var writing = false;
        for (var k = 0; k < view.Tokens.Length; k++)
        {
            if (view.Key(k) is ";" or ")")
            {
                writing = false;
            }
            else if (IsCredit(view, k))
            {
                writing = view.Key(k - 1) is "reporting" or "writing";
            }
            else if (writing && view.MentionStartingAt(k) is { } m && run.Entity(m.EntityId) is { } author && run.Model.IsPersonKind(author.Kind))
            {
                run.Structural(view, context.Paragraph, run.Model.Lexicon.Citation.WroteFor, WroteKeywords, author, outlet, null, m.First, m.Last,
                    BaseConfidence * m.Confidence, Name);
                k = m.Last;
            }
        }
    }

    /// <summary>Whether token <paramref name="k"/> is the "by" of a credit ("Reporting by", "Writing by", "Editing by").</summary>
    private static bool IsCredit(SentenceView view, int k) =>
        view.Key(k) == "by" && view.Key(k - 1) is "reporting" or "writing" or "editing" or "compiling" or "compiled";
}
