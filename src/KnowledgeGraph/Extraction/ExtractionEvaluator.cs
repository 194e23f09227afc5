using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction;

/// <summary>Precision and recall of one part of an evaluation.</summary>
/// <param name="Expected">How many items the curated graph has.</param>
/// <param name="Proposed">How many distinct items the extractor proposed.</param>
/// <param name="Found">How many curated items the proposals cover (recall's numerator).</param>
/// <param name="Correct">How many proposals the curated graph confirms (precision's numerator).</param>
public sealed record Score(int Expected, int Proposed, int Found, int Correct)
{
    /// <summary>Gets the share of curated items found, from 0 to 1.</summary>
    public double Recall => Expected == 0 ? 1 : (double)Found / Expected;

    /// <summary>Gets the share of proposals that are right, from 0 to 1.</summary>
    public double Precision => Proposed == 0 ? 1 : (double)Correct / Proposed;

    /// <summary>Formats the score as "recall 62% (31/50), precision 84% (31/37)".</summary>
    /// <returns>The score in words.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"recall {Recall:P0} ({Found}/{Expected}), precision {Precision:P0} ({Correct}/{Proposed})");
}

/// <summary>A curated relation the extractor missed, or a proposal the curated graph does not confirm, with the reason.</summary>
/// <param name="Source">The source entity id.</param>
/// <param name="Target">The target entity id.</param>
/// <param name="Type">The relation type.</param>
/// <param name="Cause">Why, e.g. "end not recognized: paruyr-hovhannisyan", "no trigger in a shared sentence".</param>
/// <param name="Paragraphs">The paragraphs of the curated evidence or of the proposal.</param>
public sealed record EvaluationItem(string Source, string Target, string Type, string Cause, ImmutableArray<int> Paragraphs);

/// <summary>The outcome of comparing the extractor with the curated graph on one document.</summary>
/// <param name="DocumentId">The document evaluated.</param>
/// <param name="MinConfidence">The confidence threshold applied to relation candidates.</param>
/// <param name="Entities">Entities linked with the graph's gazetteer, against the entities the graph records for the document.</param>
/// <param name="EntitiesDiscovered">Entities found without any gazetteer (built-in states only), matched to curated entities by name.</param>
/// <param name="Relations">Relations found with the graph's gazetteer (entities only, never its relations).</param>
/// <param name="RelationsDiscovered">Relations found without any gazetteer, ends matched to curated entities by name.</param>
/// <param name="Missed">Curated relations not found, with the cause.</param>
/// <param name="Wrong">Proposals the curated graph does not confirm, with the cause.</param>
/// <param name="ByThreshold">Relation scores at other confidence thresholds.</param>
public sealed record EvaluationReport(
    string DocumentId,
    double MinConfidence,
    Score Entities,
    Score EntitiesDiscovered,
    Score Relations,
    Score RelationsDiscovered,
    ImmutableArray<EvaluationItem> Missed,
    ImmutableArray<EvaluationItem> Wrong,
    ImmutableArray<(double Threshold, Score Score)> ByThreshold)
{
    /// <summary>Formats the report for a terminal: scores, misses grouped by cause, wrong proposals.</summary>
    /// <returns>The report as text.</returns>
    public string ToText()
    {
        var sb = new StringBuilder();
        var ci = CultureInfo.InvariantCulture;
        sb.AppendLine(ci, $"Document {DocumentId}, relation candidates with confidence >= {MinConfidence:0.00}");
        sb.AppendLine(ci, $"  entities (graph gazetteer):     {Entities}");
        sb.AppendLine(ci, $"  entities (no gazetteer):        {EntitiesDiscovered}");
        sb.AppendLine(ci, $"  relations (graph gazetteer):    {Relations}");
        sb.AppendLine(ci, $"  relations (no gazetteer):       {RelationsDiscovered}");
        foreach (var (t, s) in ByThreshold)
        {
            sb.AppendLine(ci, $"    at confidence >= {t:0.00}: {s}");
        }

        sb.AppendLine(ci, $"Missed relations by cause ({Missed.Length}):");
        foreach (var g in Missed.GroupBy(m => CauseClass(m.Cause)).OrderByDescending(g => g.Count()))
        {
            sb.AppendLine(ci, $"  {g.Key}: {g.Count()}");
            foreach (var m in g)
            {
                sb.AppendLine(ci, $"    {m.Source} -{m.Type}-> {m.Target} (paragraphs {string.Join(",", m.Paragraphs)}): {m.Cause}");
            }
        }

        sb.AppendLine(ci, $"Proposals not in the curated graph ({Wrong.Length}):");
        foreach (var w in Wrong)
        {
            sb.AppendLine(ci, $"    {w.Source} -{w.Type}-> {w.Target} (paragraphs {string.Join(",", w.Paragraphs)}): {w.Cause}");
        }

        return sb.ToString();
    }

    private static string CauseClass(string cause)
    {
        var colon = cause.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? cause : cause[..colon];
    }
}

/// <summary>
/// Measures the extractor against a curated graph: runs it on the document's text with a copy of the graph that
/// has no relations (the gazetteer comes from entities only), and again with no entities at all, and compares the
/// proposals with the curated entities and relations of the document. Relations match on source, target and type
/// family (see <see cref="Family"/>); symmetric types match in either direction.
/// </summary>
public static class ExtractionEvaluator
{
    /// <summary>Evaluates the extractor on one document of the graph.</summary>
    /// <param name="gold">The curated graph.</param>
    /// <param name="text">The document's text.</param>
    /// <param name="documentId">The document's id in the graph.</param>
    /// <param name="minConfidence">The confidence threshold for relation candidates.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentException">The graph has no document with that id.</exception>
    public static EvaluationReport Evaluate(Graph gold, string text, string documentId, double minConfidence = 0.0)
    {
        var (goldRelations, linked) = GoldAndLinked(gold, text, documentId);
        var goldEntities = gold.Entities.Where(e => e.Mentions.Any(m => m.Document == documentId))
            .Select(e => e.Id).Concat(goldRelations.SelectMany(r => new[] { r.Source, r.Target }))
            .ToHashSet(StringComparer.Ordinal);

        var bare = new Graph(gold.EntityKinds, gold.RelationTypes, [], [], [], gold.Version, []);
        var cold = new ArticleExtractor(bare).Extract(text, documentId);

        var entityScore = new Score(
            goldEntities.Count,
            linked.Entities.Length,
            linked.Entities.Count(e => !e.IsNew && goldEntities.Contains(e.Id)),
            linked.Entities.Count(e => !e.IsNew && goldEntities.Contains(e.Id)));
        var coldMap = MapByName(gold, goldEntities, cold.Entities);
        var discovered = new Score(
            goldEntities.Count,
            cold.Entities.Length,
            coldMap.Values.Distinct(StringComparer.Ordinal).Count(),
            cold.Entities.Count(e => coldMap.ContainsKey(e.Id)));

        var (relationScore, missed, wrong) = ScoreRelations(gold, goldRelations, linked, id => id, minConfidence, explain: true);
        var (coldScore, _, _) = ScoreRelations(gold, goldRelations, cold, id => coldMap.GetValueOrDefault(id, "new:" + id), minConfidence, explain: false);
        var thresholds = new[] { 0.5, 0.6, 0.7, 0.8 }
            .Select(t => (t, ScoreRelations(gold, goldRelations, linked, id => id, t, explain: false).Score))
            .ToImmutableArray();
        return new EvaluationReport(documentId, minConfidence, entityScore, discovered, relationScore, coldScore, missed, wrong, thresholds);
    }

    /// <summary>
    /// Turns a curated document into training examples for a <see cref="ProposalScorer"/>: every relation candidate
    /// the extractor proposes for it (linked as in <see cref="Evaluate"/>), by its features, with whether the
    /// curated graph has the relation for this document.
    /// </summary>
    /// <param name="gold">The curated graph.</param>
    /// <param name="text">The document's text.</param>
    /// <param name="documentId">The document's id in the graph.</param>
    /// <returns>One example per relation candidate.</returns>
    /// <exception cref="ArgumentException">The graph has no document with that id.</exception>
    public static ImmutableArray<ScorerExample> Examples(Graph gold, string text, string documentId)
    {
        var (goldRelations, linked) = GoldAndLinked(gold, text, documentId);
        return [.. linked.Relations.Select(c => new ScorerExample(
            ProposalScorer.Features(c, linked),
            ScoreRelations(gold, goldRelations, linked with { Relations = [c] }, id => id, 0.0, explain: false).Score.Correct == 1))];
    }

    /// <summary>
    /// The document's curated relations (background evidence left out) and the extraction with the graph's entities but
    /// none of its relations, so nothing curated leaks into the proposals.
    /// </summary>
    private static (List<Relation> GoldRelations, ExtractionResult Linked) GoldAndLinked(Graph gold, string text, string documentId)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(text);
        if (gold.FindDocument(documentId) is null)
        {
            throw new ArgumentException($"The graph has no document \"{documentId}\" ({string.Join(", ", gold.Documents.Select(d => d.Id))}).", nameof(documentId));
        }

        var goldRelations = gold.Relations.Where(r => r.Evidence.Any(e => e.Document == documentId && !e.Background)).ToList();
        var withoutRelations = new Graph(gold.EntityKinds, gold.RelationTypes, gold.Documents, gold.Entities, [], gold.Version, []);
        return (goldRelations, new ArticleExtractor(withoutRelations).Extract(text, documentId));
    }

    /// <summary>
    /// Gets the family of a relation type for matching: its PLOVER type (CONSULT, AGREE, ...) when it has one;
    /// "ROLE" for neutral types from persons (offices); "STRUCTURE" for other neutral types between
    /// organizations, units and states (part of, member of); otherwise the type's name.
    /// </summary>
    /// <param name="type">The relation type.</param>
    /// <returns>The family's name.</returns>
    public static string Family(RelationType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (type.Plover is { } p)
        {
            return p.Type;
        }

        if (type.Polarity == Polarity.Neutral && type.SourceKinds.All(k => k is "Official" or "Person"))
        {
            return "ROLE";
        }

        return type.Polarity == Polarity.Neutral && type.SourceKinds.All(k => k is "Organization" or "MilitaryUnit" or "State")
            && type.TargetKinds.All(k => k is "Organization" or "MilitaryUnit" or "State")
            ? "STRUCTURE"
            : type.Name;
    }

    private static (Score Score, ImmutableArray<EvaluationItem> Missed, ImmutableArray<EvaluationItem> Wrong) ScoreRelations(
        Graph gold, List<Relation> goldRelations, ExtractionResult result, Func<string, string> map, double minConfidence, bool explain)
    {
        string Fam(string type) => gold.FindRelationType(type) is { } t ? Family(t) : type;
        bool Sym(string type) => gold.FindRelationType(type)?.Symmetric ?? false;

        var proposals = result.Relations.Where(r => r.Confidence >= minConfidence)
            .GroupBy(r => (Source: map(r.Source), Target: map(r.Target), Family: Fam(r.Type)))
            .ToList();

        bool Matches((string Source, string Target, string Family) p, Relation g, bool symmetric) =>
            p.Family == Fam(g.Type) && ((p.Source == g.Source && p.Target == g.Target) || (symmetric && p.Source == g.Target && p.Target == g.Source));

        var correct = proposals.Where(p => goldRelations.Any(g => Matches(p.Key, g, Sym(g.Type) || p.Any(x => Sym(x.Type))))).ToList();
        var found = goldRelations.Where(g => proposals.Any(p => Matches(p.Key, g, Sym(g.Type) || p.Any(x => Sym(x.Type))))).ToList();
        var score = new Score(goldRelations.Count, proposals.Count, found.Count, correct.Count);
        if (!explain)
        {
            return (score, [], []);
        }

        var sentencesOf = result.Entities.ToDictionary(e => e.Id, e => e.Mentions.Select(m => (m.Paragraph, m.Sentence)).ToHashSet(), StringComparer.Ordinal);
        var missed = goldRelations.Except(found).Select(g => new EvaluationItem(g.Source, g.Target, g.Type,
            MissCause(g, proposals.Select(p => p.Key).ToList(), sentencesOf, Fam, result),
            [.. g.Evidence.Where(e => e.Paragraph is not null).Select(e => e.Paragraph!.Value).Distinct().Order()])).ToImmutableArray();
        var wrong = proposals.Except(correct).Select(p => new EvaluationItem(p.Key.Source, p.Key.Target, p.First().Type,
            WrongCause(p.Key, goldRelations, Fam) + $" [{p.First().Rule}, \"{p.First().Trigger}\", {p.First().Certainty.ToString().ToLowerInvariant()}]",
            [.. p.Select(x => x.Evidence.Paragraph).Distinct().Order()])).ToImmutableArray();
        return (score, missed, wrong);
    }

    private static string MissCause(Relation g, List<(string Source, string Target, string Family)> proposals, Dictionary<string, HashSet<(int, int)>> sentencesOf, Func<string, string> fam, ExtractionResult result)
    {
        var missing = new[] { g.Source, g.Target }.Where(id => !sentencesOf.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            return "end not recognized: " + string.Join(", ", missing);
        }

        if (g.Evidence.All(e => result.Footnotes.Any(f => f.Paragraph == e.Paragraph)))
        {
            return "stated in a footnote only";
        }

        if (!sentencesOf[g.Source].Overlaps(sentencesOf[g.Target]))
        {
            return g.Implicit ? "implicit: the text never states it in one sentence" : "ends never in one sentence";
        }

        var sameEnds = proposals.Where(p => (p.Source == g.Source && p.Target == g.Target) || (p.Source == g.Target && p.Target == g.Source)).ToList();
        if (sameEnds.Count == 0)
        {
            return "no trigger or pattern in a shared sentence";
        }

        return sameEnds.Any(p => p.Family == fam(g.Type))
            ? "wrong direction: proposed the other way round"
            : "wrong type family: proposed " + string.Join(", ", sameEnds.Select(p => p.Family).Distinct());
    }

    private static string WrongCause((string Source, string Target, string Family) p, List<Relation> goldRelations, Func<string, string> fam)
    {
        var sameEnds = goldRelations.Where(g => (g.Source == p.Source && g.Target == p.Target) || (g.Source == p.Target && g.Target == p.Source)).ToList();
        if (sameEnds.Count == 0)
        {
            return "no curated relation between these ends";
        }

        return sameEnds.Any(g => fam(g.Type) == p.Family)
            ? "wrong direction"
            : "curated with another type family: " + string.Join(", ", sameEnds.Select(g => g.Type).Distinct());
    }

    /// <summary>Maps candidates found without a gazetteer to curated entities by folded names, aliases and ISO codes.</summary>
    private static Dictionary<string, string> MapByName(Graph gold, HashSet<string> goldEntities, ImmutableArray<EntityCandidate> candidates)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var golds = gold.Entities.Where(e => goldEntities.Contains(e.Id)).ToList();
        foreach (var c in candidates)
        {
            var names = new[] { c.Name }.Concat(c.Aliases).Select(Key).ToList();
            var match = golds.FirstOrDefault(g => c.IsoAlpha2 is not null && g.Identifiers.GetValueOrDefault("iso3166Alpha2") == c.IsoAlpha2)
                ?? golds.FirstOrDefault(g => g.SurfaceForms.Select(Key).Any(names.Contains))
                ?? golds.FirstOrDefault(g => g.Kind == c.Kind && g.SurfaceForms.Select(Key).Any(f => names.Any(n => SameName(n, f))));
            if (match is not null)
            {
                map[c.Id] = match.Id;
            }
        }

        return map;

        static string Key(string s) => string.Join(' ', Tokenizer.Keys(s).Select(TextFold.Skeleton));
    }

    /// <summary>"mikhail iurevich galuzin" names "mikhail galuzin": one name's words all occur in the other, ending alike.</summary>
    private static bool SameName(string a, string b)
    {
        var x = a.Split(' ');
        var y = b.Split(' ');
        var (shorter, longer) = x.Length <= y.Length ? (x, y) : (y, x);
        return shorter.Length >= 2 && shorter[^1] == longer[^1] && shorter.All(longer.Contains);
    }
}
