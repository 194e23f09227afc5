using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction;

/// <summary>How the extractor did on one article of a development corpus, against its facts file.</summary>
/// <param name="Article">The article's file name.</param>
/// <param name="Genre">The genre the facts file gives.</param>
/// <param name="Relations">Required gold relations found (recall) and proposals that match a gold relation, required or optional (precision).</param>
/// <param name="Entities">Named persons, officials, organizations and agreements of the facts file that some candidate stands for (recall), and candidates of those kinds that stand for one (precision).</param>
/// <param name="AllEntities">The same over every kind.</param>
/// <param name="Linking">Gold entities with a graph id linked to it (recall) and candidates linked to a graph id that is right (precision).</param>
/// <param name="Invented">Proposals stated or reported as fact that the facts file lists under <c>mustNotPropose</c>.</param>
/// <param name="Duplicates">New candidates proposed for an entity the graph already has, and second candidates for one entity of the text.</param>
/// <param name="WrongLinks">Candidates linked to a graph entity the text does not mean.</param>
/// <param name="MissedEntities">Named persons, officials, organizations and agreements of the facts file that no candidate stands for.</param>
/// <param name="Missed">Required gold relations not found, with the cause.</param>
/// <param name="Wrong">Proposals that match no gold relation, with the cause.</param>
/// <param name="ByRule">Proposals and correct proposals per rule (the rule of a proposal's first candidate), by rule name.</param>
public sealed record ArticleEvaluation(
    string Article,
    string Genre,
    Score Relations,
    Score Entities,
    Score AllEntities,
    Score Linking,
    ImmutableArray<EvaluationItem> Invented,
    ImmutableArray<string> Duplicates,
    ImmutableArray<string> WrongLinks,
    ImmutableArray<string> MissedEntities,
    ImmutableArray<EvaluationItem> Missed,
    ImmutableArray<EvaluationItem> Wrong,
    ImmutableArray<RuleScore> ByRule);

/// <summary>How many proposals one rule made and how many of them a gold reading confirms.</summary>
/// <param name="Rule">The rule's name, as in the registry and in each candidate's <c>rule</c>.</param>
/// <param name="Proposed">Proposals whose first candidate this rule made.</param>
/// <param name="Correct">Those that match a gold relation, required or optional.</param>
public sealed record RuleScore(string Rule, int Proposed, int Correct)
{
    /// <summary>Gets the share of the rule's proposals that are right, from 0 to 1.</summary>
    public double Precision => Proposed == 0 ? 1 : (double)Correct / Proposed;
}

/// <summary>How the extractor did on every article of a corpus folder; the overall scores add up the articles' counts.</summary>
/// <param name="Folder">The corpus folder.</param>
/// <param name="MinConfidence">The confidence threshold applied to relation candidates.</param>
/// <param name="Articles">One evaluation per facts file, in file-name order.</param>
public sealed record CorpusEvaluation(string Folder, double MinConfidence, ImmutableArray<ArticleEvaluation> Articles)
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Gets the relation score over all articles.</summary>
    public Score Relations => Sum(a => a.Relations);

    /// <summary>Gets the entity score (persons, officials, organizations, agreements) over all articles.</summary>
    public Score Entities => Sum(a => a.Entities);

    /// <summary>Gets the entity score over every kind and all articles.</summary>
    public Score AllEntities => Sum(a => a.AllEntities);

    /// <summary>Gets the linking score over all articles.</summary>
    public Score Linking => Sum(a => a.Linking);

    /// <summary>Gets the number of invented facts over all articles.</summary>
    public int Invented => Articles.Sum(a => a.Invented.Length);

    /// <summary>Gets the number of duplicate entities over all articles.</summary>
    public int Duplicates => Articles.Sum(a => a.Duplicates.Length);

    /// <summary>Gets the proposals and correct proposals per rule over all articles, most proposals first.</summary>
    public ImmutableArray<RuleScore> ByRule => [.. Articles.SelectMany(a => a.ByRule)
        .GroupBy(r => r.Rule, StringComparer.Ordinal)
        .Select(g => new RuleScore(g.Key, g.Sum(r => r.Proposed), g.Sum(r => r.Correct)))
        .OrderByDescending(r => r.Proposed).ThenBy(r => r.Rule, StringComparer.Ordinal)];

    /// <summary>Formats the evaluation for a terminal: one line per article, the overall scores, misses and wrong proposals by cause.</summary>
    /// <returns>The report as text.</returns>
    public string ToText()
    {
        var ci = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(ci, $"Corpus {Folder}: {Articles.Length} articles, relation candidates with confidence >= {MinConfidence:0.00}");
        sb.AppendLine("article                          relations R       relations P       entities R   linking P    invented  duplicates");
        foreach (var a in Articles)
        {
            sb.AppendLine(ci, $"{Path.GetFileNameWithoutExtension(a.Article),-32} {Ratio(a.Relations.Found, a.Relations.Expected),-17} {Ratio(a.Relations.Correct, a.Relations.Proposed),-17} {Ratio(a.Entities.Found, a.Entities.Expected),-12} {Ratio(a.Linking.Correct, a.Linking.Proposed),-12} {a.Invented.Length,-9} {a.Duplicates.Length}");
        }

        sb.AppendLine(ci, $"{"overall",-32} {Ratio(Relations.Found, Relations.Expected),-17} {Ratio(Relations.Correct, Relations.Proposed),-17} {Ratio(Entities.Found, Entities.Expected),-12} {Ratio(Linking.Correct, Linking.Proposed),-12} {Invented,-9} {Duplicates}");
        sb.AppendLine(ci, $"  relations:                      {Relations}");
        sb.AppendLine(ci, $"  entities (persons, organizations, agreements): {Entities}");
        sb.AppendLine(ci, $"  entities (all kinds):           {AllEntities}");
        sb.AppendLine(ci, $"  linking to graph entities:      {Linking}");
        sb.AppendLine(ci, $"  invented facts (mustNotPropose): {Invented}");
        sb.AppendLine(ci, $"  duplicate entities:             {Duplicates}");

        var missed = Articles.SelectMany(a => a.Missed.Select(m => (a.Article, Item: m))).ToList();
        sb.AppendLine(ci, $"Missed relations by cause ({missed.Count}):");
        foreach (var g in missed.GroupBy(m => CauseClass(m.Item.Cause)).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            sb.AppendLine(ci, $"  {g.Key}: {g.Count()}");
            foreach (var (article, m) in g)
            {
                sb.AppendLine(ci, $"    {Path.GetFileNameWithoutExtension(article)} P{string.Join(",", m.Paragraphs)}: {m.Source} -{m.Type}-> {m.Target}: {m.Cause}");
            }
        }

        var wrong = Articles.SelectMany(a => a.Wrong.Select(w => (a.Article, Item: w))).ToList();
        sb.AppendLine(ci, $"Wrong proposals by cause ({wrong.Count}):");
        foreach (var g in wrong.GroupBy(m => CauseClass(m.Item.Cause)).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            sb.AppendLine(ci, $"  {g.Key}: {g.Count()}");
            foreach (var (article, w) in g)
            {
                sb.AppendLine(ci, $"    {Path.GetFileNameWithoutExtension(article)} P{string.Join(",", w.Paragraphs)}: {w.Source} -{w.Type}-> {w.Target}: {w.Cause}");
            }
        }

        sb.AppendLine("Proposals by rule (proposed, correct, precision):");
        foreach (var r in ByRule)
        {
            sb.AppendLine(ci, $"  {r.Rule,-40} {r.Proposed,4} {r.Correct,4}  {Ratio(r.Correct, r.Proposed)}");
        }

        var other = Articles.SelectMany(a => a.Duplicates.Select(d => "duplicate: " + d)
            .Concat(a.WrongLinks.Select(l => "wrong link: " + l))
            .Concat(a.MissedEntities.Select(e => "entity not proposed: " + e))
            .Select(x => (a.Article, x))).ToList();
        if (other.Count > 0)
        {
            sb.AppendLine(ci, $"Entity problems ({other.Count}):");
            foreach (var (article, x) in other)
            {
                sb.AppendLine(ci, $"    {Path.GetFileNameWithoutExtension(article)}: {x}");
            }
        }

        return sb.ToString();
    }

    /// <summary>Formats the evaluation as indented JSON (camelCase): the folder, threshold, overall scores and every article with its misses and wrong proposals.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    private static string Ratio(int part, int whole) => string.Create(CultureInfo.InvariantCulture, $"{(whole == 0 ? 1.0 : (double)part / whole):P0} ({part}/{whole})");

    private static string CauseClass(string cause)
    {
        var end = cause.IndexOfAny([':', '[']);
        return (end < 0 ? cause : cause[..end]).Trim();
    }

    private Score Sum(Func<ArticleEvaluation, Score> part) => Articles.Select(part).Aggregate(new Score(0, 0, 0, 0),
        (x, y) => new Score(x.Expected + y.Expected, x.Proposed + y.Proposed, x.Found + y.Found, x.Correct + y.Correct));
}

/// <summary>
/// Scores the extractor on a development corpus: a folder of articles (<c>NN-slug.txt</c>) each with its gold
/// reading (<c>NN-slug.facts.json</c>, see <see cref="CorpusFacts"/>). A gold relation is found when a proposal at
/// the threshold has the same two ends (by entity), the same type (either direction for symmetric types) and a
/// certainty of the same class: stated and reported are facts, hedged and hypothetical are uncertain, denied is
/// its own class. The vocabulary's modal types count as their plain type with uncertain certainty
/// (<c>expressed-readiness-to-sign</c> is <c>signed</c>, <c>expressed-intent-to-cooperate-with</c> is
/// <c>cooperates-with</c>). A proposal is correct when it matches a gold relation, required or optional; a
/// factual proposal matching a <c>mustNotPropose</c> entry is an invented fact.
/// </summary>
public static class CorpusEvaluator
{
    private static readonly string[] ScoredKinds = ["Official", "Person", "Organization", "Agreement"];

    private static readonly Dictionary<string, string> ModalTypes = new(StringComparer.Ordinal)
    {
        ["expressed-readiness-to-sign"] = "signed",
        ["expressed-intent-to-cooperate-with"] = "cooperates-with",
    };

    private enum Standing
    {
        Fact,
        Uncertain,
        Denied,
    }

    /// <summary>Runs the extractor on every article of a corpus folder and scores it against the facts files.</summary>
    /// <param name="graph">The graph the extractor links to and whose vocabulary the facts files use.</param>
    /// <param name="folder">The folder with <c>*.facts.json</c> files and their articles.</param>
    /// <param name="minConfidence">The confidence threshold for relation candidates.</param>
    /// <returns>The evaluation, one entry per facts file.</returns>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="FactsFileException">The folder has no facts file, or some facts files have problems (all are listed, each located).</exception>
    public static CorpusEvaluation Evaluate(Graph graph, string folder, double minConfidence = 0.0)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(folder);
        var extractor = new ArticleExtractor(graph);
        var articles = Load(graph, folder).Select(x => Score(graph, x.Facts, extractor.Extract(x.Text, Path.GetFileNameWithoutExtension(x.Facts.Article)), minConfidence));
        return new CorpusEvaluation(folder, minConfidence, [.. articles]);
    }

    /// <summary>
    /// Turns a read corpus into training examples for a <see cref="ProposalScorer"/>: every relation candidate the
    /// extractor proposes, by its features, with whether the article's facts file lists it (required or optional).
    /// </summary>
    /// <param name="graph">The graph the extractor links to.</param>
    /// <param name="folder">The folder with <c>*.facts.json</c> files and their articles.</param>
    /// <returns>One example per relation candidate, articles in file-name order.</returns>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="FactsFileException">The folder has no facts file, or some facts files have problems (all are listed, each located).</exception>
    public static ImmutableArray<ScorerExample> Examples(Graph graph, string folder)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(folder);
        var extractor = new ArticleExtractor(graph);
        var examples = ImmutableArray.CreateBuilder<ScorerExample>();
        foreach (var (facts, text) in Load(graph, folder))
        {
            var result = extractor.Extract(text, Path.GetFileNameWithoutExtension(facts.Article));
            foreach (var candidate in result.Relations)
            {
                var confirmed = Score(graph, facts, result with { Relations = [candidate] }).Relations.Correct == 1;
                examples.Add(new ScorerExample(ProposalScorer.Features(candidate, result), confirmed));
            }
        }

        return examples.ToImmutable();
    }

    /// <summary>Loads every facts file of a corpus folder with its article, reporting all problems at once.</summary>
    private static List<(CorpusFacts Facts, string Text)> Load(Graph graph, string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"{folder}: the corpus folder does not exist.");
        }

        var files = Directory.EnumerateFiles(folder, "*.facts.json").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            throw new FactsFileException([new FactsProblem(folder, "$", "the folder has no *.facts.json file")]);
        }

        var problems = new List<FactsProblem>();
        var loaded = new List<(CorpusFacts Facts, string Text)>();
        foreach (var file in files)
        {
            try
            {
                var facts = CorpusFacts.Load(file, graph);
                var articlePath = Path.Combine(folder, facts.Article);
                if (!File.Exists(articlePath))
                {
                    problems.Add(new FactsProblem(file, "$.article", $"the article \"{facts.Article}\" is not in {folder}"));
                    continue;
                }

                var text = File.ReadAllText(articlePath);
                var paragraphs = System.Text.RegularExpressions.Regex.Split(text, @"\r?\n[ \t]*\r?\n").Count(p => !string.IsNullOrWhiteSpace(p));
                for (var i = 0; i < facts.Relations.Length; i++)
                {
                    if (facts.Relations[i].Paragraph > paragraphs)
                    {
                        problems.Add(new FactsProblem(file, string.Create(CultureInfo.InvariantCulture, $"$.relations[{i}].paragraph"),
                            string.Create(CultureInfo.InvariantCulture, $"paragraph {facts.Relations[i].Paragraph}, but {facts.Article} has {paragraphs}")));
                    }
                }

                loaded.Add((facts, text));
            }
            catch (FactsFileException e)
            {
                problems.AddRange(e.Problems);
            }
        }

        if (problems.Count > 0)
        {
            throw new FactsFileException(problems);
        }

        return loaded;
    }

    /// <summary>Scores one extraction result against a facts file (no extractor runs; tests use this with hand-made results).</summary>
    /// <param name="graph">The graph whose vocabulary tells which types are symmetric.</param>
    /// <param name="facts">The gold reading.</param>
    /// <param name="result">The proposals.</param>
    /// <param name="minConfidence">The confidence threshold for relation candidates.</param>
    /// <returns>The article's evaluation.</returns>
    public static ArticleEvaluation Score(Graph graph, CorpusFacts facts, ExtractionResult result, double minConfidence = 0.0)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(result);

        // Entities: each candidate stands for at most one gold entity, by graph id, else by a shared form.
        var goldByKey = new Dictionary<string, GoldEntity>(StringComparer.Ordinal);
        foreach (var g in facts.Entities)
        {
            foreach (var form in g.Aliases.Prepend(g.Name))
            {
                goldByKey.TryAdd(Fold(form), g);
            }
        }

        var standsFor = new Dictionary<string, GoldEntity>(StringComparer.Ordinal);
        var duplicates = new List<string>();
        var wrongLinks = new List<string>();
        var linksProposed = 0;
        var linksCorrect = 0;
        foreach (var c in result.Entities)
        {
            var byId = c.IsNew ? null : facts.Entities.FirstOrDefault(g => g.GraphId == c.Id);
            var forms = c.Aliases.Prepend(c.Name).Concat(c.Mentions.Select(m => m.Text)).Select(Fold).ToList();
            var byForm = forms.Select(k => goldByKey.GetValueOrDefault(k)).Where(g => g is not null).OrderBy(g => g!.Kind == c.Kind ? 0 : 1).FirstOrDefault();
            var match = byId ?? byForm;
            if (!c.IsNew)
            {
                linksProposed++;
                if (byId is not null)
                {
                    linksCorrect++;
                }
                else
                {
                    wrongLinks.Add(match is null
                        ? $"{c.Id} (\"{c.Mentions.FirstOrDefault()?.Text ?? c.Name}\"): the text names no such entity"
                        : $"{c.Id} for \"{match.Name}\"{(match.GraphId is null ? ", which the graph lacks" : $", which is {match.GraphId}")}");
                }
            }

            if (match is null)
            {
                continue;
            }

            if (c.IsNew && match.GraphId is not null)
            {
                duplicates.Add($"new candidate {c.Id} for graph entity {match.GraphId} (\"{match.Name}\")");
            }
            else if (standsFor.Values.Contains(match))
            {
                duplicates.Add($"second candidate {c.Id} for \"{match.Name}\"");
            }

            standsFor[c.Id] = match;
        }

        var covered = standsFor.Values.ToHashSet();
        var scored = facts.Entities.Where(g => ScoredKinds.Contains(g.Kind)).ToList();
        var scoredCandidates = result.Entities.Where(c => ScoredKinds.Contains(c.Kind)).ToList();
        var entities = new Score(scored.Count, scoredCandidates.Count, scored.Count(covered.Contains), scoredCandidates.Count(c => standsFor.ContainsKey(c.Id)));
        var allEntities = new Score(facts.Entities.Length, result.Entities.Length, facts.Entities.Count(covered.Contains), result.Entities.Count(c => standsFor.ContainsKey(c.Id)));
        var withId = facts.Entities.Where(g => g.GraphId is not null).ToList();
        var linking = new Score(withId.Count, linksProposed, withId.Count(g => result.Entities.Any(c => !c.IsNew && c.Id == g.GraphId)), linksCorrect);

        // Relations, normalised to (source, target, type, standing) with gold names as ends.
        bool Symmetric(string type) => graph.FindRelationType(type)?.Symmetric ?? false;
        var gold = facts.Relations.Select(r => (Rel: r, Key: Normal(facts.Entity(r.Source).Name, facts.Entity(r.Target).Name, r.Type, r.Certainty))).ToList();
        var required = gold.Where(g => !g.Rel.Optional).GroupBy(g => g.Key).Select(g => g.First()).ToList();
        var forbidden = facts.MustNotPropose.Select(f => (Item: f, Key: Normal(facts.Entity(f.Source).Name, facts.Entity(f.Target).Name, f.Type, Certainty.Stated))).ToList();
        var nameOf = result.Entities.ToDictionary(c => c.Id, c => c.Name, StringComparer.Ordinal);
        var proposals = result.Relations.Where(r => r.Confidence >= minConfidence)
            .GroupBy(r => Normal(End(r.Source), End(r.Target), r.Type, r.Certainty))
            .ToList();

        string End(string id) => standsFor.TryGetValue(id, out var g) ? g.Name : "?" + nameOf.GetValueOrDefault(id, id);

        bool Same(Triple p, Triple g, bool certainty = true) =>
            p.Type == g.Type && (!certainty || p.Standing == g.Standing)
            && ((p.Source == g.Source && p.Target == g.Target) || (Symmetric(g.Type) && p.Source == g.Target && p.Target == g.Source));

        var correct = proposals.Where(p => gold.Any(g => Same(p.Key, g.Key))).ToList();
        var found = required.Where(g => proposals.Any(p => Same(p.Key, g.Key))).ToList();
        var relations = new Score(required.Count, proposals.Count, found.Count, correct.Count);

        var invented = proposals.Except(correct)
            .Where(p => p.Key.Standing == Standing.Fact)
            .SelectMany(p => forbidden.Where(f => Same(p.Key, f.Key)).Take(1).Select(f => Item(p, "invented: " + f.Item.Why)))
            .ToImmutableArray();

        var sentences = result.Entities.Where(c => standsFor.ContainsKey(c.Id))
            .GroupBy(c => standsFor[c.Id].Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.SelectMany(c => c.Mentions).Select(m => (m.Paragraph, m.Sentence)).ToHashSet(), StringComparer.Ordinal);
        var missed = required.Except(found)
            .Select(g => new EvaluationItem(g.Key.Source, g.Key.Target, g.Rel.Type, MissCause(g.Key, g.Rel, proposals.Select(p => p.Key).ToList(), sentences, Symmetric), [g.Rel.Paragraph]))
            .ToImmutableArray();
        var wrong = proposals.Except(correct)
            .Select(p => Item(p, WrongCause(p.Key, forbidden, gold.Select(g => g.Key).ToList())
                + $" [{p.First().Rule}, \"{p.First().Trigger}\", {p.First().Certainty.ToString().ToLowerInvariant()}]"))
            .ToImmutableArray();

        var correctSet = correct.ToHashSet();
        var byRule = proposals.GroupBy(p => p.First().Rule, StringComparer.Ordinal)
            .Select(g => new RuleScore(g.Key, g.Count(), g.Count(correctSet.Contains)))
            .OrderBy(r => r.Rule, StringComparer.Ordinal)
            .ToImmutableArray();

        return new ArticleEvaluation(facts.Article, facts.Genre, relations, entities, allEntities, linking, invented, [.. duplicates], [.. wrongLinks],
            [.. scored.Where(g => !covered.Contains(g)).Select(g => $"{g.Name} ({g.Kind})")], missed, wrong, byRule);

        EvaluationItem Item(IGrouping<Triple, RelationCandidate> p, string cause) =>
            new(p.Key.Source, p.Key.Target, p.First().Type, cause, [.. p.Select(x => x.Evidence.Paragraph).Distinct().Order()]);

        string WrongCause(Triple p, List<(ForbiddenRelation Item, Triple Key)> traps, List<Triple> golds)
        {
            if (p.Source.StartsWith('?') || p.Target.StartsWith('?'))
            {
                return "end not in the facts file: " + string.Join(", ", new[] { p.Source, p.Target }.Where(e => e.StartsWith('?')).Select(e => e[1..]));
            }

            if (traps.FirstOrDefault(f => Same(p, f.Key, certainty: false)) is { Item: not null } trap)
            {
                return p.Standing == Standing.Fact ? "invented: " + trap.Item.Why : "a mustNotPropose fact with " + p.Standing.ToString().ToLowerInvariant() + " certainty";
            }

            if (golds.FirstOrDefault(g => Same(p, g, certainty: false)) is { Type: not null } other)
            {
                return $"certainty: the facts file says {other.Standing.ToString().ToLowerInvariant()}, proposed {p.Standing.ToString().ToLowerInvariant()}";
            }

            if (golds.Any(g => g.Type == p.Type && g.Source == p.Target && g.Target == p.Source))
            {
                return "wrong direction";
            }

            var sameEnds = golds.Where(g => (g.Source == p.Source && g.Target == p.Target) || (g.Source == p.Target && g.Target == p.Source)).Select(g => g.Type).Distinct().ToList();
            return sameEnds.Count > 0 ? "wrong type: the facts file has " + string.Join(", ", sameEnds) : "no relation between these ends in the facts file";
        }
    }

    private static string MissCause(Triple g, GoldRelation rel, List<Triple> proposals, Dictionary<string, HashSet<(int, int)>> sentences, Func<string, bool> symmetric)
    {
        var missing = new[] { g.Source, g.Target }.Where(e => !sentences.ContainsKey(e)).ToList();
        if (missing.Count > 0)
        {
            return "end not recognized: " + string.Join(", ", missing);
        }

        var sameEnds = proposals.Where(p => (p.Source == g.Source && p.Target == g.Target) || (p.Source == g.Target && p.Target == g.Source)).ToList();
        if (sameEnds.Any(p => p.Type == g.Type && (p.Source == g.Source || symmetric(g.Type))))
        {
            return "certainty: proposed " + string.Join(", ", sameEnds.Where(p => p.Type == g.Type).Select(p => p.Standing.ToString().ToLowerInvariant()).Distinct())
                + $", the facts file says {rel.Certainty.ToString().ToLowerInvariant()}";
        }

        if (sameEnds.Any(p => p.Type == g.Type))
        {
            return "wrong direction: proposed the other way round";
        }

        if (sameEnds.Count > 0)
        {
            return "wrong type: proposed " + string.Join(", ", sameEnds.Select(p => p.Type).Distinct());
        }

        return sentences[g.Source].Overlaps(sentences[g.Target])
            ? "no trigger or pattern in a shared sentence"
            : "ends never in one sentence";
    }

    private static Triple Normal(string source, string target, string type, Certainty certainty)
    {
        var standing = certainty switch
        {
            Certainty.Hedged or Certainty.Hypothetical => Standing.Uncertain,
            Certainty.Denied => Standing.Denied,
            _ => Standing.Fact,
        };
        if (ModalTypes.TryGetValue(type, out var plain))
        {
            return new Triple(source, target, plain, standing == Standing.Fact ? Standing.Uncertain : standing);
        }

        return new Triple(source, target, type, standing);
    }

    /// <summary>Folds a name for matching: lowercase, no accents, words of letters and digits only, no leading "the".</summary>
    private static string Fold(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var ch in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            sb.Append(char.IsLetterOrDigit(ch) ? char.ToLowerInvariant(ch) : ' ');
        }

        var words = sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 1 && words[^1] == "s")
        {
            words.RemoveAt(words.Count - 1);
        }

        if (words.Count > 1 && words[0] == "the")
        {
            words.RemoveAt(0);
        }

        return string.Join(' ', words);
    }

    private readonly record struct Triple(string Source, string Target, string Type, Standing Standing);
}
