using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeGraph.Model;
using KnowledgeGraph.Review;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>Shows a candidate of <c>kg review</c> with its evidence: paragraph, sentence and span, rule, confidence, certainty, modality.</summary>
internal sealed partial class ReviewPrinter(DraftReview review, TextWriter output, IReadOnlyList<string>? paragraphs)
{
    public const string Help = """
        Answers (one a line):
          a                 accept (with the type and certainty shown)
          r [REASON]        reject; a relation is remembered as a judgement, so it is never proposed again
          s                 skip for now (asked again at the end; left out if you write without it)
          q                 quit: the draft stays as it is, the decisions so far are kept in the session file
          l [N|ID]          entity: link to entity N of the list, or to an id of the graph (l alone lists more)
          t TYPE            relation: take another relation type (then a)
          c CERTAINTY       relation: take another certainty: stated, reported, hedged, hypothetical, denied (then a)
          n source|target [REASON]
                            relation: that end is not the graph entity the extractor linked; the name is remembered
          ?                 this help
        """;

    /// <summary>Reads the article's paragraphs: blocks separated by blank lines, as graph-data numbers them.</summary>
    public static IReadOnlyList<string> Paragraphs(string text) =>
        [.. BlankLines().Split(text.Replace("\r\n", "\n", StringComparison.Ordinal)).Select(p => p.Trim()).Where(p => p.Length > 0)];

    /// <summary>The graph entities a name is most like (the library's entity search), for linking.</summary>
    public IReadOnlyList<Entity> Similar(string name, int count) =>
        [.. review.Graph.SearchEntities(name, count).Select(m => m.Entity)];

    public void Show(ReviewCandidate c, int index, int count)
    {
        var head = $"[{index}/{count}]";
        switch (c.Kind)
        {
            case ReviewCandidateKind.Entity:
                ShowEntity(head, c.Entity!);
                break;
            case ReviewCandidateKind.Relation:
                output.WriteLine($"{head} new relation \"{c.Relation!.Id}\"");
                ShowRelation(c.Relation, c.Evidence);
                break;
            default:
                output.WriteLine($"{head} evidence for the graph's relation \"{c.Relation!.Id}\"");
                ShowRelation(c.Relation, c.Evidence);
                break;
        }
    }

    public void ShowSimilar(IReadOnlyList<Entity> similar)
    {
        output.WriteLine(similar.Count == 0 ? "  in the graph: nothing similar" : "  in the graph:");
        for (var i = 0; i < similar.Count; i++)
        {
            output.WriteLine($"    {i + 1}) {similar[i].Id} ({similar[i].Kind}: {similar[i].Name}{(similar[i].Role is { } role ? ", " + role : "")})");
        }
    }

    private void ShowEntity(string head, Entity e)
    {
        output.WriteLine($"{head} new entity \"{e.Id}\" ({e.Kind}): {e.Name}");
        if (!e.Aliases.IsEmpty)
        {
            output.WriteLine($"  aliases: {string.Join(", ", e.Aliases)}");
        }

        if (e.Role is not null)
        {
            output.WriteLine($"  role: {e.Role}");
        }

        foreach (var (key, value) in e.Identifiers)
        {
            output.WriteLine($"  {key}: {value}");
        }

        var paragraphs = e.Mentions.Where(m => m.Document == review.DocumentId).SelectMany(m => m.Paragraphs).ToList();
        output.WriteLine($"  mentioned in paragraph{(paragraphs.Count == 1 ? "" : "s")} {string.Join(", ", paragraphs)}");
        if (e.Description is not null)
        {
            output.WriteLine($"  {e.Description}");
        }

        var uses = review.Candidates.Count(c => c.Kind == ReviewCandidateKind.Relation && (c.Relation!.Source == e.Id || c.Relation.Target == e.Id));
        output.WriteLine(uses == 0 ? "  no relation of the draft uses it" : $"  {uses} relation{(uses == 1 ? "" : "s")} of the draft use{(uses == 1 ? "s" : "")} it");
        ShowSimilar(Similar(e.Name, 3));
    }

    private void ShowRelation(Relation r, IEnumerable<Evidence> evidence)
    {
        output.WriteLine($"  {End(r, "source")}  --{r.Type}-->  {End(r, "target")}");
        var q = r.Qualifiers;
        output.WriteLine($"  certainty: {r.Certainty.ToString().ToLowerInvariant()}   modality: {q.GetValueOrDefault("modality") ?? "-"}{(q.GetValueOrDefault("modalityCue") is { } cue ? $" (\"{cue}\")" : "")}   time: {(r.Time.IsUnknown ? "-" : r.Time.ToDisplayString())}");
        if (q.ContainsKey("extractionRule"))
        {
            output.WriteLine($"  rule: {q["extractionRule"]}   confidence: {q.GetValueOrDefault("extractionConfidence") ?? "-"}");
        }

        var type = review.DraftGraph.FindRelationType(r.Type);
        if (type is not null)
        {
            output.WriteLine($"  reads: {review.DraftGraph.FindEntity(r.Source)?.Name ?? r.Source} {type.Label} {review.DraftGraph.FindEntity(r.Target)?.Name ?? r.Target}");
        }

        foreach (var e in evidence)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  paragraph {e.Paragraph}{(e.Footnote is { } f ? $", footnote {f}" : "")}: {e.Note}"));
            if (paragraphs is not null && e.Paragraph is { } p && p >= 1 && p <= paragraphs.Count)
            {
                var text = paragraphs[p - 1].ReplaceLineEndings(" ");
                output.WriteLine($"    | {(text.Length > 600 ? text[..597] + "..." : text)}");
            }
        }
    }

    private string End(Relation r, string end)
    {
        var id = end == "source" ? r.Source : r.Target;
        var final = review.FinalId(id);
        var entity = review.DraftGraph.FindEntity(id);
        var where = review.IsDraftEntity(id) ? (final != id ? $"new, linked to {final}" : "new") : "in the graph";
        var form = r.Qualifiers.GetValueOrDefault(end + "Form");
        return $"{id} ({entity?.Kind ?? "?"}, {where}{(form is null ? "" : $"; written \"{form}\"")})";
    }

    [GeneratedRegex(@"\n[ \t]*\n")]
    private static partial Regex BlankLines();
}
