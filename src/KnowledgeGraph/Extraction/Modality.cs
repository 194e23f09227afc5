using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// Reads the text's own modality around a trigger: denial ("allegations that ... were denied"), negation
/// ("did not sign"), hypotheticals ("could", "possible", "scenario", "prepared to"), hedges ("appears",
/// "indicates that") and attribution ("stated that", "according to"). Anything but stated is never a plain fact.
/// </summary>
internal static class Modality
{
    /// <summary>Assesses the certainty of a relation triggered by tokens <paramref name="first"/>..<paramref name="last"/>.</summary>
    /// <param name="view">The sentence.</param>
    /// <param name="first">The trigger's first token.</param>
    /// <param name="last">The trigger's last token.</param>
    /// <param name="clauseStart">The first token of the trigger's clause.</param>
    /// <returns>The certainty and the cue words that set it (null for stated).</returns>
    public static (Certainty Certainty, string? Cue) Assess(SentenceView view, int first, int last, int clauseStart)
    {
        var tokens = view.Tokens;

        // "allegations that X ... were denied": the allegation's content is denied.
        var allegation = FindLast(view, 0, first - 1, WordLists.AllegationCues.Contains);
        if (allegation >= 0)
        {
            var denial = FindFirst(view, last + 1, tokens.Length - 1, WordLists.DenialCues.Contains);
            if (denial >= 0)
            {
                return (Certainty.Denied, $"{tokens[allegation].Text} ... {tokens[denial].Text}");
            }
        }

        var deniedThat = FindLast(view, 0, first - 1, k => WordLists.DenialCues.Contains(k));
        if (deniedThat >= 0 && view.Key(deniedThat + 1) == "that")
        {
            return (Certainty.Denied, tokens[deniedThat].Text + " that");
        }

        var negation = FindLast(view, Math.Max(clauseStart, first - 5), first - 1, WordLists.Negations.Contains);
        if (negation >= 0)
        {
            return (Certainty.Denied, tokens[negation].Text);
        }

        var reporting = FindLast(view, 0, first - 1, WordLists.ReportingCues.Contains);
        var modal = FindLast(view, Math.Max(clauseStart, first - 6), first - 1, WordLists.ModalCues.Contains);
        if (modal > 0 && view.Tokens[modal].IsCapitalized)
        {
            modal = -1;
        }

        if (modal >= 0)
        {
            // "announced that talks would be held": future in reported speech, not a hypothesis.
            return tokens[modal].Key is "would" or "will" && reporting >= 0
                ? (Certainty.Reported, $"{tokens[reporting].Text} ... {tokens[modal].Text}")
                : (Certainty.Hypothetical, tokens[modal].Text);
        }

        var hypothetical = FindLast(view, clauseStart, first - 1, WordLists.HypotheticalCues.Contains);
        if (hypothetical < 0)
        {
            hypothetical = FindLast(view, 0, first - 1, k => k is "scenario" or "scenarios" or "hypothetical");
        }

        if (hypothetical >= 0)
        {
            return (Certainty.Hypothetical, tokens[hypothetical].Text);
        }

        var hedge = FindLast(view, 0, first - 1, WordLists.HedgeCues.Contains);
        if (hedge >= 0)
        {
            return (Certainty.Hedged, tokens[hedge].Text);
        }

        return reporting >= 0 ? (Certainty.Reported, tokens[reporting].Text) : (Certainty.Stated, null);
    }

    private static int FindLast(SentenceView view, int from, int to, Func<string, bool> test)
    {
        for (var i = Math.Min(to, view.Tokens.Length - 1); i >= Math.Max(0, from); i--)
        {
            if (test(view.Tokens[i].Key) && view.MentionAt(i) is null)
            {
                return i;
            }
        }

        return -1;
    }

    private static int FindFirst(SentenceView view, int from, int to, Func<string, bool> test)
    {
        for (var i = Math.Max(0, from); i <= Math.Min(to, view.Tokens.Length - 1); i++)
        {
            if (test(view.Tokens[i].Key) && view.MentionAt(i) is null)
            {
                return i;
            }
        }

        return -1;
    }
}
