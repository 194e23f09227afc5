using System.Collections.Immutable;
using KnowledgeGraph.Extraction;
using static KnowledgeGraph.Tests.Extraction.ExtractionTestGraph;

namespace KnowledgeGraph.Tests.Extraction;

/// <summary>The learned proposal scorer: reproducible from the committed examples, in step with the extractor, and safe on bad models.</summary>
public sealed class ProposalScorerTests
{
    private static readonly string ExamplesFile = Path.Combine(RepositoryPaths.Root, "docs", "extraction-real", "scorer-examples.tsv");

    private static readonly string[] FeaturePrefixes =
    [
        "bias", "rule=", "type=", "rule-type=", "concept=", "certainty=", "modality=", "source-kind=", "target-kind=", "kinds=",
        "source-new=", "target-new=", "source-rule=", "target-rule=", "footnote=", "time=", "in-sentence=", "span=",
        "first-paragraph=", "rule-confidence=",
    ];

    [Test]
    public void DefaultModel_IsWhatTrainingOnTheCommittedExamplesGives()
    {
        var examples = ReadExamples().Select(e => e.Example).ToList();
        var trained = ProposalScorer.Train(examples);
        var shipped = ProposalScorer.Default;
        Assert.Multiple(() =>
        {
            Assert.That(shipped.Examples, Is.EqualTo(examples.Count));
            Assert.That(shipped.Confirmed, Is.EqualTo(examples.Count(e => e.Confirmed)));
            Assert.That(trained.Weights.Select(w => w.Key), Is.EqualTo(shipped.Weights.Select(w => w.Key)));
            Assert.That(trained.Weights.Select(w => w.Value), Is.EqualTo(shipped.Weights.Select(w => w.Value)).Within(1e-8));
        });
    }

    [Test]
    public void CommittedExamplesOfOurCorpus_AreWhatTheExtractorProposesToday()
    {
        // If this fails, the extractor changed: regenerate the examples and the model (docs/EXTRACTION.md, "Learned confidence").
        var committed = ReadExamples().Where(e => e.Corpus == "extraction-corpus").Select(e => Line(e.Example)).ToList();
        var now = CorpusEvaluator.Examples(RealGraph, Path.Combine(RepositoryPaths.Root, "tests", "extraction-corpus")).Select(Line).ToList();
        Assert.That(now, Is.EqualTo(committed));
    }

    [Test]
    public void Features_NameNoWordOfTheArticle()
    {
        var result = ExtractWithGraphData("Armenian Foreign Minister Ararat Mirzoyan met Turkish Foreign Minister Hakan Fidan in Antalya.");
        Assert.That(result.Relations, Is.Not.Empty);
        var features = result.Relations.SelectMany(r => ProposalScorer.Features(r, result)).Distinct().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(features.Where(f => !FeaturePrefixes.Any(p => f.StartsWith(p, StringComparison.Ordinal))), Is.Empty);
            Assert.That(features.Where(f => f.Contains("Antalya", StringComparison.OrdinalIgnoreCase) || f.Contains("Fidan", StringComparison.OrdinalIgnoreCase)), Is.Empty);
        });
    }

    [Test]
    public void Extract_SetsTheLearnedConfidence_AndKeepsTheRulesOwn()
    {
        var text = "In Washington, Ilham Aliyev of Azerbaijan and Nikol Pashinyan of Armenia signed a joint declaration on 8 August.";
        var result = ExtractWithGraphData(text);
        Assert.That(result.Relations, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            foreach (var r in result.Relations)
            {
                Assert.That(r.Confidence, Is.EqualTo(ProposalScorer.Default.Score(ProposalScorer.Features(r, result))).Within(1e-12), r.ToString());
                Assert.That(r.Confidence, Is.InRange(0.0, 1.0));
            }

            Assert.That(result.Relations.Any(r => Math.Abs(r.Confidence - r.RuleConfidence) > 1e-6), Is.True, "the learned score replaces the rule's");
        });
    }

    [Test]
    public void ExtractorWithAnotherModel_ScoresWithIt()
    {
        var flat = ProposalScorer.FromJson("""{ "examples": 2, "confirmed": 1, "weights": { "bias": 0 } }""");
        var result = new ArticleExtractor(RealGraph, flat).Extract("Armenian Prime Minister Nikol Pashinyan met French President Emmanuel Macron in Paris.");
        Assert.That(result.Relations.Select(r => r.Confidence), Is.Not.Empty.And.All.EqualTo(0.5));
    }

    [Test]
    public void AtConfidence_HoldsBackWhatIsUnder_AndSaysHowMany()
    {
        var all = ExtractWithGraphData("Armenian Prime Minister Nikol Pashinyan met French President Emmanuel Macron in Paris and thanked France for its support.");
        var cut = all.Relations.Select(r => r.Confidence).Order().Skip(1).First();
        var kept = all.AtConfidence(cut);
        Assert.Multiple(() =>
        {
            Assert.That(kept.Relations.Select(r => r.Confidence), Has.All.GreaterThanOrEqualTo(cut));
            Assert.That(kept.HeldBack, Is.EqualTo(all.Relations.Count(r => r.Confidence < cut)).And.GreaterThan(0));
            Assert.That(kept.MinConfidence, Is.EqualTo(cut));
            Assert.That(kept.Notices, Has.Some.StartsWith($"{kept.HeldBack} relation candidate(s) with confidence under"));
            Assert.That(() => all.AtConfidence(1.5), Throws.TypeOf<ArgumentOutOfRangeException>());
            Assert.That(() => all.AtConfidence(double.NaN), Throws.TypeOf<ArgumentOutOfRangeException>());
        });
    }

    [Test]
    public void Train_NeedsBothVerdicts() =>
        Assert.That(() => ProposalScorer.Train([new ScorerExample(["bias", "rule=x"], true)]),
            Throws.ArgumentException.With.Message.Contains("1 examples, 1 confirmed"));

    [Test]
    public void Train_LearnsWhichFeatureReadersConfirm()
    {
        var examples = Enumerable.Range(0, 40).Select(i => new ScorerExample(["bias", i % 2 == 0 ? "rule=good" : "rule=bad"], i % 2 == 0 || i % 10 == 1)).ToList();
        var model = ProposalScorer.Train(examples);
        Assert.That(model.Score(["bias", "rule=good"]), Is.GreaterThan(0.8).And.GreaterThan(model.Score(["bias", "rule=bad"]) + 0.4));
    }

    [TestCase("{", "not a proposal-scorer model")]
    [TestCase("""{ "examples": 1 }""", "$.weights")]
    [TestCase("""{ "weights": {} }""", "$.weights")]
    public void FromJson_BadModel_SaysWhatAndWhere(string json, string expected) =>
        Assert.That(() => ProposalScorer.FromJson(json, "my-model.json"),
            Throws.TypeOf<FormatException>().With.Message.StartsWith("my-model.json: ").And.Message.Contains(expected));

    [Test]
    public void ToJson_ReadsBackToTheSameScores()
    {
        var model = ProposalScorer.Default;
        var again = ProposalScorer.FromJson(model.ToJson());
        var features = ImmutableArray.Create("bias", "rule=trigger-frame", "certainty=stated", "kinds=Official|State");
        Assert.That(again.Score(features), Is.EqualTo(model.Score(features)).Within(1e-8));
    }

    private static string Line(ScorerExample e) => (e.Confirmed ? "1\t" : "0\t") + string.Join('\t', e.Features);

    private static List<(string Corpus, ScorerExample Example)> ReadExamples() =>
        [.. File.ReadAllLines(ExamplesFile).Where(l => l.Length > 0).Select(l => l.Split('\t'))
            .Select(f => (f[0], new ScorerExample([.. f[2..]], f[1] == "1")))];
}
