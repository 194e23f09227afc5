using KnowledgeGraph.Extraction;

namespace KnowledgeGraph.Tests.Extraction;

/// <summary>The extractor measured against the curated graph on the corpus article (skipped when the corpus is absent).</summary>
public sealed class ExtractionEvaluatorTests
{
    private const string DocumentId = "armenia-new-diplomatic-moves-2025";

    private static string ArticlePath => Path.Combine(RepositoryPaths.Corpus, DocumentId + ".txt");

    [Test]
    public void Evaluate_CorpusArticle_MeetsTheRecallAndPrecisionGoals()
    {
        if (!File.Exists(ArticlePath))
        {
            Assert.Ignore($"The corpus article is not at {ArticlePath}; the evaluation needs ../shared/corpus beside the repository.");
        }

        var gold = Graph.Load(RepositoryPaths.GraphData);
        var report = ExtractionEvaluator.Evaluate(gold, File.ReadAllText(ArticlePath), DocumentId);
        TestContext.Out.WriteLine(report.ToText());
        Assert.Multiple(() =>
        {
            Assert.That(report.Relations.Recall, Is.GreaterThanOrEqualTo(0.65), report.Relations.ToString());
            Assert.That(report.Relations.Precision, Is.GreaterThanOrEqualTo(0.95), report.Relations.ToString());
            Assert.That(report.Entities.Recall, Is.GreaterThanOrEqualTo(0.80), report.Entities.ToString());
            Assert.That(report.Missed.All(m => m.Cause.Length > 0), Is.True);
        });
    }

    [Test]
    public void Evaluate_UnknownDocument_Throws() =>
        Assert.That(() => ExtractionEvaluator.Evaluate(ExtractionTestGraph.TestGraph, "Some text.\n", "nope"),
            Throws.ArgumentException.With.Message.Contains("no document \"nope\""));

    [Test]
    public void Family_GroupsByPloverTypeOrRole()
    {
        var g = ExtractionTestGraph.TestGraph;
        Assert.Multiple(() =>
        {
            Assert.That(ExtractionEvaluator.Family(g.FindRelationType("met-with")!), Is.EqualTo("CONSULT"));
            Assert.That(ExtractionEvaluator.Family(g.FindRelationType("held-phone-call-with")!), Is.EqualTo("CONSULT"));
            Assert.That(ExtractionEvaluator.Family(g.FindRelationType("head-of-state-of")!), Is.EqualTo("ROLE"));
            Assert.That(ExtractionEvaluator.Family(g.FindRelationType("part-of")!), Is.EqualTo("STRUCTURE"));
        });
    }
}
