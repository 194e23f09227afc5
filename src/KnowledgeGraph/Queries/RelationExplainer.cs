using System.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Queries;

/// <summary>
/// Writes a relation as a plain-language clause: "Nikol Pashinyan held a phone call with Vladimir Putin
/// (14 March 2025; paragraph 8, note 2)".
/// </summary>
internal static class RelationExplainer
{
    /// <summary>The separator between the clauses of a path's steps.</summary>
    public const string StepSeparator = "; then ";

    /// <summary>Writes the clause, read from the source (<paramref name="alongDirection"/>) or from the target.</summary>
    /// <param name="relation">The relation.</param>
    /// <param name="type">Its type, for the labels.</param>
    /// <param name="source">Its source entity.</param>
    /// <param name="target">Its target entity.</param>
    /// <param name="alongDirection">Whether to read it from the source with the label, or from the target with the inverse label.</param>
    /// <param name="nameDocuments">Whether to name the document in evidence references (when the graph has several).</param>
    /// <param name="isFootnoteText">Whether a piece of evidence is the text of the footnote it cites (its own paragraph).</param>
    public static string Explain(
        Relation relation, RelationType type, Entity source, Entity target, bool alongDirection, bool nameDocuments, Func<Evidence, bool> isFootnoteText)
    {
        var (subject, label, @object) = alongDirection
            ? (source, type.Label, target)
            : (target, type.InverseLabel, source);
        var text = new StringBuilder(subject.Name).Append(' ');
        if (relation.Certainty == Certainty.Reported)
        {
            text.Append("reportedly ");
        }

        text.Append(label).Append(' ').Append(@object.Name);
        var details = new List<string>();
        if (relation.Certainty is Certainty.Hedged or Certainty.Hypothetical or Certainty.Denied)
        {
            details.Add(relation.Certainty.ToString().ToLowerInvariant());
        }

        var time = relation.Time.ToDisplayString();
        if (time.Length > 0)
        {
            details.Add(time);
        }

        // The footnote's own text adds nothing when a body paragraph already cites that footnote.
        var evidence = relation.Evidence.Where(e => !isFootnoteText(e) || !relation.Evidence.Any(
            other => other != e && other.Document == e.Document && other.Footnote == e.Footnote && !isFootnoteText(other)));
        details.AddRange(evidence.Select(e => Reference(e, nameDocuments)).Where(r => r.Length > 0).Distinct());
        if (relation.IsContested)
        {
            var positions = relation.Positions;
            var timesDiffer = positions.Select(p => p.Time).Distinct().Count() > 1;
            var differing = positions.SelectMany(p => p.Qualifiers.Keys).Distinct(StringComparer.Ordinal)
                .Where(k => positions.Select(p => p.Qualifiers.GetValueOrDefault(k)).Distinct(StringComparer.Ordinal).Count() > 1)
                .ToHashSet(StringComparer.Ordinal);
            details.Add("contested: " + string.Join(" against ", positions.Select(p => Position(p, timesDiffer, differing))));
        }

        if (details.Count > 0)
        {
            text.Append(" (").AppendJoin("; ", details).Append(')');
        }

        return text.ToString();
    }

    /// <summary>
    /// Says who takes one side of a contested relation, with what differs between the sides: "denied by a, b",
    /// "stated on 13 March 2025 by c".
    /// </summary>
    private static string Position(RelationPosition position, bool timesDiffer, HashSet<string> differingQualifiers)
    {
        var text = new StringBuilder(position.Certainty.ToString().ToLowerInvariant());
        if (timesDiffer && position.Time.IsUnknown)
        {
            text.Append(" with no date");
        }
        else if (timesDiffer)
        {
            text.Append(position.Time.Point is null ? " " : " on ").Append(position.Time.ToDisplayString());
        }

        foreach (var (key, value) in position.Qualifiers.Where(q => differingQualifiers.Contains(q.Key)))
        {
            text.Append(", ").Append(key).Append(' ').Append(value);
        }

        var documents = position.Documents;
        return text.Append(" by ").Append(documents.IsEmpty ? "background knowledge" : string.Join(", ", documents)).ToString();
    }

    private static string Reference(Evidence evidence, bool nameDocuments)
    {
        if (evidence.Background || evidence.Document is null)
        {
            return evidence.Citation is { } citation ? $"background: {citation.Outlet}" : "background knowledge";
        }

        var parts = new List<string>();
        if (nameDocuments)
        {
            parts.Add(evidence.Document);
        }

        if (evidence.Paragraph is { } paragraph)
        {
            parts.Add($"paragraph {paragraph}");
        }

        if (evidence.Footnote is { } footnote)
        {
            parts.Add($"note {footnote}");
        }

        return string.Join(", ", parts);
    }
}
